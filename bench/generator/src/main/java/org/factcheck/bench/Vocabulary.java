package org.factcheck.bench;

import java.util.List;

/**
 * The words the generator builds its news-like texts from: the kind of material the seed documents
 * are (troop numbers, withdrawal dates, bases, officials, agreements, attacks, elections, oil), with
 * the transliteration variants real wire copy spells names in. Outlets, people and publishers are
 * invented; countries, places and the big organisations are real, as they are in the seed.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** A name with the other spellings it goes by; an alias in a non-Latin script carries its language. */
    record Named(String name, String description, List<String> aliases) {

        Named(String name, String description, String... aliases) {
            this(name, description, List.of(aliases));
        }
    }

    /** A country, with the adjective sentences use ("US troops"). */
    record Country(Named named, String adjective) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country(new Named("United States", "Country", "US", "U.S.", "USA", "United States of America", "ar:الولايات المتحدة"), "US"),
            new Country(new Named("Iraq", "Country", "Republic of Iraq", "Irak", "ar:العراق"), "Iraqi"),
            new Country(new Named("Iran", "Country", "Islamic Republic of Iran", "fa:ایران"), "Iranian"),
            new Country(new Named("Turkey", "Country", "Türkiye", "Turkiye", "tr:Türkiye Cumhuriyeti"), "Turkish"),
            new Country(new Named("Syria", "Country", "Syrian Arab Republic", "ar:سوريا"), "Syrian"),
            new Country(new Named("United Kingdom", "Country", "UK", "Britain", "Great Britain"), "British"),
            new Country(new Named("France", "Country", "French Republic"), "French"),
            new Country(new Named("Germany", "Country", "Federal Republic of Germany"), "German"),
            new Country(new Named("Italy", "Country", "Italia"), "Italian"),
            new Country(new Named("Canada", "Country"), "Canadian"),
            new Country(new Named("Australia", "Country"), "Australian"),
            new Country(new Named("Denmark", "Country"), "Danish"),
            new Country(new Named("Spain", "Country", "España"), "Spanish"),
            new Country(new Named("Saudi Arabia", "Country", "KSA", "Kingdom of Saudi Arabia", "ar:السعودية"), "Saudi"),
            new Country(new Named("Jordan", "Country", "Hashemite Kingdom of Jordan"), "Jordanian"),
            new Country(new Named("Kuwait", "Country", "State of Kuwait"), "Kuwaiti"),
            new Country(new Named("Russia", "Country", "Russian Federation", "ru:Россия"), "Russian"));

    static final List<Named> PLACES = List.of(
            new Named("Baghdad", "Capital of Iraq", "ar:بغداد"),
            new Named("Mosul", "City in Nineveh province", "Mawsil", "al-Mawsil", "ar:الموصل"),
            new Named("Erbil", "Capital of the Kurdistan Region", "Arbil", "Irbil", "Hawler", "ku:هەولێر"),
            new Named("Kirkuk", "City in northern Iraq", "Karkuk", "ar:كركوك"),
            new Named("Basra", "Port city in southern Iraq", "Basrah", "al-Basrah", "ar:البصرة"),
            new Named("Ain al-Asad Air Base", "Air base in Anbar province", "Ayn al-Asad", "Ain al-Assad", "Al Asad Airbase"),
            new Named("Nasiriyah", "City in Dhi Qar province", "Nasiriya", "Nassiriya", "an-Nasiriyah"),
            new Named("Fallujah", "City in Anbar province", "Falluja", "Faluja"),
            new Named("Ramadi", "Capital of Anbar province", "al-Ramadi", "Ar-Ramadi"),
            new Named("Tikrit", "Capital of Salahuddin province"),
            new Named("Sulaymaniyah", "City in the Kurdistan Region", "Sulaimaniya", "Slemani", "Sulaimani"),
            new Named("Najaf", "Shrine city in southern Iraq", "an-Najaf"),
            new Named("Karbala", "Shrine city in central Iraq", "Kerbala"),
            new Named("Samarra", "City in Salahuddin province"),
            new Named("Tal Afar", "Town in Nineveh province", "Tall Afar", "Telafer"),
            new Named("Sinjar", "District in Nineveh province", "Shingal"),
            new Named("Qayyarah", "Town and air base south of Mosul", "Qayyara", "al-Qayyarah"),
            new Named("Camp Taji", "Military base north of Baghdad", "Taji", "al-Taji"),
            new Named("Green Zone", "Government district of Baghdad", "International Zone"),
            new Named("Anbar", "Province in western Iraq", "al-Anbar", "Al Anbar Province"),
            new Named("Diyala", "Province in eastern Iraq", "Diala"),
            new Named("Duhok", "City in the Kurdistan Region", "Dohuk", "Dahuk"),
            new Named("Amarah", "Capital of Maysan province", "al-Amarah", "Amara"),
            new Named("Kut", "Capital of Wasit province", "al-Kut"),
            new Named("Hillah", "Capital of Babil province", "al-Hillah", "Hilla"),
            new Named("Umm Qasr", "Port town near Basra"),
            new Named("Al-Qaim", "Border town in Anbar province", "Qaim", "Al-Qa'im"),
            new Named("Baiji", "Refinery town in Salahuddin province", "Bayji"));

    /** Ministries and institutions, which sentences name with "the". */
    static final List<Named> ORGANISATIONS = List.of(
            new Named("Ministry of Defence", "Iraqi ministry", "Defence Ministry", "Ministry of Defense", "MoD"),
            new Named("Ministry of Interior", "Iraqi ministry", "Interior Ministry", "MoI"),
            new Named("Ministry of Oil", "Iraqi ministry", "Oil Ministry"),
            new Named("Ministry of Migration and Displacement", "Iraqi ministry", "Migration Ministry", "MoMD"),
            new Named("Council of Representatives", "Iraq's parliament", "Iraqi parliament", "parliament", "ar:مجلس النواب"),
            new Named("Kurdistan Regional Government", "Government of the Kurdistan Region", "KRG"),
            new Named("Central Bank of Iraq", "Iraq's central bank", "CBI"),
            new Named("State Oil Marketing Organization", "Iraq's oil exporter", "SOMO"),
            new Named("Independent High Electoral Commission", "Iraq's election authority", "IHEC", "electoral commission"),
            new Named("UN Assistance Mission for Iraq", "United Nations mission", "UNAMI"),
            new Named("International Organization for Migration", "UN agency", "IOM"),
            new Named("World Food Programme", "UN agency", "WFP", "World Food Program"),
            new Named("Pentagon", "US Department of Defense", "US Department of Defense", "DoD"),
            new Named("US Embassy in Baghdad", "Diplomatic mission", "American embassy", "US embassy"),
            new Named("Global Coalition against Daesh", "Military coalition", "coalition", "CJTF-OIR", "anti-ISIS coalition"),
            new Named("NATO Mission Iraq", "NATO advisory mission", "NMI", "NATO mission"),
            new Named("Sadrist Movement", "Political movement", "Sadrists", "Sadrist bloc"),
            new Named("Kurdistan Democratic Party", "Political party", "KDP"),
            new Named("Patriotic Union of Kurdistan", "Political party", "PUK"));

    /** Armed groups and forces. */
    static final List<Named> GROUPS = List.of(
            new Named("Popular Mobilisation Forces", "State-sanctioned umbrella of militias", "PMF", "Popular Mobilization Forces",
                    "al-Hashd al-Shaabi", "Hashd", "ar:الحشد الشعبي"),
            new Named("Kataib Hezbollah", "Armed group", "Kata'ib Hizballah", "Hezbollah Brigades", "KH"),
            new Named("Asaib Ahl al-Haq", "Armed group", "AAH", "League of the Righteous"),
            new Named("Islamic State", "Jihadist group", "ISIS", "ISIL", "Daesh", "IS"),
            new Named("Peshmerga", "Armed forces of the Kurdistan Region", "Pesh Merga", "ku:پێشمەرگە"),
            new Named("Counter-Terrorism Service", "Iraqi special forces", "CTS", "Golden Division"),
            new Named("Kataib Sayyid al-Shuhada", "Armed group", "KSS", "Sayyid al-Shuhada Brigades"),
            new Named("IRGC Quds Force", "Iranian military unit", "Quds Force"));

    /** Given names, each with its usual romanisations, the first the canonical one. */
    static final List<List<String>> GIVEN_NAMES = List.of(
            List.of("Mohammed", "Muhammad", "Mohamed", "Mohammad"), List.of("Ahmed", "Ahmad"), List.of("Ali"),
            List.of("Hussein", "Hussain", "Husayn"), List.of("Hassan", "Hasan"), List.of("Mustafa", "Mostafa", "Moustafa"),
            List.of("Haider", "Haidar", "Hayder"), List.of("Karim", "Kareem"), List.of("Yousef", "Yusuf", "Youssef"),
            List.of("Omar", "Umar"), List.of("Jaafar", "Jafar", "Ja'far"), List.of("Qais", "Qays", "Kais"),
            List.of("Khalid", "Khaled"), List.of("Hamid", "Hameed"), List.of("Rashid", "Rasheed"), List.of("Nouri", "Nuri"),
            List.of("Fuad", "Fouad"), List.of("Salim", "Saleem"), List.of("Majid", "Majeed"), List.of("Walid", "Waleed"),
            List.of("Tariq", "Tareq"), List.of("Samir", "Sameer"), List.of("Nabil", "Nabeel"), List.of("Zaid", "Zeid", "Zayd"),
            List.of("Laith", "Layth"), List.of("Adel", "Adil"), List.of("Ibrahim", "Ebrahim"), List.of("Ammar"),
            List.of("Abbas"), List.of("Falih", "Faleh"), List.of("Saad", "Sa'ad"), List.of("Hadi"), List.of("Sabah"),
            List.of("Nechirvan"), List.of("Qubad", "Kubad"), List.of("Zainab", "Zaynab"), List.of("Fatima", "Fatema"),
            List.of("Maryam", "Mariam"), List.of("Noor", "Nour", "Nur"), List.of("Huda", "Hoda"), List.of("Rana"));

    /**
     * A family name is built from these parts; each part lists its spellings, the first canonical.
     * "K" + "a" + "dh|z" + "i|e" + "m" + "i|y" gives Kadhimi, Kazimi, Kazemi and Kadhimy, as in the seed.
     */
    static final List<List<String>> NAME_ONSETS = List.of(List.of("K"), List.of("B"), List.of("J"), List.of("S"),
            List.of("M"), List.of("R"), List.of("N"), List.of("H"), List.of("T"), List.of("F"), List.of("Sh"),
            List.of("Kh", "H"), List.of("Gh", "G"), List.of("D"), List.of("Z"), List.of("Q", "K", "G"), List.of("'A", "A"));
    static final List<List<String>> NAME_MIDDLES = List.of(List.of("dh", "z", "zh", "d"), List.of("th", "s"),
            List.of("q", "k", "g"), List.of("kh", "h"), List.of("b"), List.of("r"), List.of("j", "dj"), List.of("l"),
            List.of("bb"), List.of("ss", "s"), List.of("w"));
    static final List<List<String>> NAME_VOWELS = List.of(List.of("i", "e"), List.of("u", "ou", "o"), List.of("a"),
            List.of("ai", "ay", "ei"));
    static final List<List<String>> NAME_CODAS = List.of(List.of("m"), List.of("r"), List.of("d"), List.of("n"),
            List.of("l"), List.of("t"), List.of("b"), List.of("w"));
    /** The Arabic nisba ending (-i), spelled -i, -y or -ee. */
    static final List<String> NISBA = List.of("i", "y", "ee");
    /** The article before a family name: al-Kadhimi, Al-Kazemi, el-Kazimi, or none. */
    static final List<String> ARTICLES = List.of("al-", "Al-", "el-", "");

    /** What a generated person does: "… the %s" names an organisation or armed group, the others a place. */
    static final List<String> PERSON_ROLES = List.of("spokesman for the %s", "spokeswoman for the %s",
            "member of parliament for %s", "governor of %s", "commander in the %s", "adviser to the %s",
            "senior official at the %s", "security analyst based in %s");

    /** Outlets: invented names, the domain their addresses use, and the language their copy was first written in. */
    record Outlet(String name, String domain, String originalLanguage) {
    }

    static final List<Outlet> OUTLETS = List.of(
            new Outlet("Tigris Wire", "tigriswire.example", null),
            new Outlet("Euphrates News Agency", "euphrates-news.example", "ar"),
            new Outlet("Erbil Daily", "erbildaily.example", "ku"),
            new Outlet("Gulf Observer", "gulfobserver.example", null),
            new Outlet("Levant Monitor", "levantmonitor.example", "ar"),
            new Outlet("Persian Gulf Review", "pgreview.example", "fa"),
            new Outlet("Anatolia Dispatch", "anatoliadispatch.example", "tr"),
            new Outlet("Caspian Courier", "caspiancourier.example", "ru"),
            new Outlet("Mesopotamia Times", "mesopotamiatimes.example", null),
            new Outlet("Baghdad Evening Post", "baghdadpost.example", "ar"),
            new Outlet("Basra Harbour News", "basranews.example", "ar"),
            new Outlet("Nineveh Today", "ninevehtoday.example", "ar"),
            new Outlet("Middle East Ledger", "meledger.example", null),
            new Outlet("Kurdistan Chronicle", "kurdchronicle.example", "ku"),
            new Outlet("Desert Line", "desertline.example", null),
            new Outlet("The Crescent Review", "crescentreview.example", "ar"),
            new Outlet("Zagros Report", "zagrosreport.example", "fa"),
            new Outlet("Atlantic Security Brief", "asbrief.example", null),
            new Outlet("Baghdad Business Journal", "bbjournal.example", "ar"),
            new Outlet("Two Rivers Radio", "tworivers.example", "ar"));

    static final List<String> JOURNALIST_SURNAMES = List.of("Hartmann", "Okafor", "Lindqvist", "Moreau", "Castillo",
            "Novak", "Sato", "Brennan", "Petrov", "Haddad", "Nasser", "Karimi", "Yilmaz", "Rahimi", "Dubois", "Wright");

    /** Where the evidence for a verdict comes from, when it is a web page. */
    record Publisher(String name, String domain) {
    }

    static final List<Publisher> PUBLISHERS = List.of(new Publisher("Iraq Statistics Registry", "iraq-statistics.example"),
            new Publisher("Defence Data Archive", "defence-data.example"), new Publisher("Regional Energy Monitor", "energy-monitor.example"),
            new Publisher("Election Observers Network", "election-observers.example"),
            new Publisher("Humanitarian Data Exchange Mirror", "hdx-mirror.example"),
            new Publisher("Conflict Events Database", "conflict-events.example"), new Publisher("Parliament Record", "parliament-record.example"));

    /**
     * Checkable statements, by topic. Slots in braces are filled per claim (see {@link Slot}); the
     * clause is the claim's text and, wrapped in an attribution, the quote in every source it appears in.
     */
    static final List<String> CLAUSES = List.of(
            // troop numbers
            "{n} {adj} troops remain in {country}",
            "the {adj} contingent at {place} has been cut to {n} soldiers",
            "{adj} forces will leave {place} by {date}",
            "the {group} has {n} fighters deployed around {place}",
            // agreements
            "{country} and {country2} signed a security agreement on {date}",
            "the {event} ended without a timetable for the withdrawal of foreign forces",
            "the {group} agreed to hand over {place} to the army by {date}",
            "the agreement between {country} and {country2} allows no combat troops after {month}",
            // attacks
            "{count} rockets struck {place} on {date}",
            "the {group} carried out the drone attack on {place}",
            "{count} people were killed in the bombing near {place} on {date}",
            "no one was hurt in the attack on the convoy near {place}",
            // officials
            "{person} resigned from the {org} in {year}",
            "{person} met {person2} in {place} on {date}",
            "{person} has never visited {place}",
            "{person} was appointed to lead the {org} in {month}",
            // elections
            "turnout in the {event} was {pct} percent",
            "the {org} won {count} seats in the {event}",
            "{pct} percent of voters in {place} cast blank ballots",
            // economy
            "{country} exported {barrels} barrels of oil a day in {month}",
            "the {year} budget allocates {money} to the {org}",
            "unemployment in {place} stands at {pct} percent",
            "{country} pays {money} a year for electricity imported from {country2}",
            // humanitarian
            "{n} displaced families returned to {place} in {year}",
            "the {org} delivered aid to {count} villages around {place}",
            // history and dates
            "the {event} began on {date}",
            "{place} was retaken from the {group} in {year}",
            "{adj} troops first arrived at {place} in {year}");

    /** How a source attributes a claim to its claimant; {c} is the claimant, {r} the claimant's role. */
    static final List<String> ATTRIBUTIONS = List.of("{c} said {clause}", "{Clause}, {c} told reporters",
            "According to {c}, {clause}", "{c}, {r}, said that {clause}", "{c} insisted that {clause}",
            "In a statement, {c} said that {clause}");

    /** How a source states a claim nobody is named for. */
    static final List<String> UNATTRIBUTED = List.of("{Clause}", "{Clause}, officials said", "Reports say {clause}",
            "{Clause}, according to local sources");

    /** A post quoted from social media: the flag makes offsets beyond the Basic Multilingual Plane matter. */
    static final String SOCIAL_POST = "“{Clause} 🇮🇶,” {c} wrote on X";

    /** Sentences around the claims that claim nothing checkable. */
    static final List<String> FILLERS = List.of("The statement gave no further details.",
            "Officials in {place} did not respond to requests for comment.",
            "The {org} has not published its own figures.",
            "Residents of {place} described the situation as calm.",
            "The issue is expected to come up again when parliament meets next month.",
            "Analysts say the numbers are hard to verify independently.",
            "The figures could not be independently confirmed.",
            "Security was tightened around {place} ahead of the visit.",
            "{person} declined to comment.",
            "Diplomats in {place} said talks would continue.",
            "The claim was shared widely online with the hashtag #{tag} 🔥.",
            "Earlier reports had put the figure higher.",
            "The {group} did not respond to the allegation.");

    /** What the desk found, by rating label; {org} is whose records were checked. */
    static final List<List<String>> FINDINGS = List.of(
            List.of("True", "Official records from the {org} and contemporaneous reporting confirm it."),
            List.of("Mostly true", "The core of it is right, but the figure is rounded and the date approximate."),
            List.of("Half true", "It is right about the facts but leaves out that the situation changed soon afterwards."),
            List.of("Mostly false", "The figure is of the right order, but the date and context given are wrong."),
            List.of("False", "No record supports it: the figures the {org} published at the time differ."),
            List.of("Misleading", "The figure is accurate but presented as recent, although it is several years old."),
            List.of("Unproven", "Neither official data nor independent reporting could confirm or refute it."));

    /** Internal notes a reviewer leaves on some claims. */
    static final List<String> NOTES = List.of("Same figure appears in several wire stories; check the original statement.",
            "Spelling of the claimant's name differs between sources.", "Date may refer to the announcement, not the event.",
            "Possibly a translation error in the original.");
}
