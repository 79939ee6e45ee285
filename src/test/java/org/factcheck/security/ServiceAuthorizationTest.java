package org.factcheck.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.factcheck.AppTest;
import org.factcheck.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Every public method of every service (and of every other bean with {@code @PreAuthorize}), found
 * by reflection, called as anonymous, reviewer, editor and admin: refused exactly below the role
 * the table gives. A new service method without a line in the table fails this test, so whoever
 * adds one decides who may call it. The arguments are dummies (zero ids, nulls): only whether the
 * call is refused for its role matters, not what it then does.
 */
@AppTest
class ServiceAuthorizationTest {

    private static final Map<String, Caller> EXPECTED = Map.ofEntries(
            // Signing in itself, before anyone is signed in.
            entry("ArchiveService.archive(String,String)", Caller.REVIEWER),
            entry("ArchiveService.upload(String,String,byte[],String)", Caller.REVIEWER),
            entry("ArchiveService.latest(String,String)", Caller.REVIEWER),
            entry("ArchiveService.pinned(long)", Caller.REVIEWER),
            entry("ArchiveService.largestUpload()", Caller.REVIEWER),
            entry("ArchiveService.linkChecks(Collection)", Caller.REVIEWER),
            entry("ArchiveService.sourcePagesOf(long)", Caller.REVIEWER),
            entry("ArchiveService.flaggedEvidence()", Caller.EDITOR),
            entry("CommentService.thread(long)", Caller.REVIEWER),
            entry("CommentService.colleagues()", Caller.REVIEWER),
            entry("CommentService.post(long,String)", Caller.REVIEWER),
            entry("CommentService.edit(Comment,String)", Caller.REVIEWER),
            entry("CommentService.delete(Comment)", Caller.REVIEWER),
            entry("NotificationService.mine()", Caller.REVIEWER),
            entry("NotificationService.unread()", Caller.REVIEWER),
            entry("NotificationService.markRead(long)", Caller.REVIEWER),
            entry("NotificationService.markAllRead()", Caller.REVIEWER),
            entry("ReviewerService.loadUserByUsername(String)", Caller.ANYONE),
            entry("ReviewerService.findByUsername(String)", Caller.REVIEWER),
            entry("ReviewerService.assignable()", Caller.REVIEWER),
            entry("ReviewerService.findAll()", Caller.ADMIN),
            entry("ReviewerService.find(long)", Caller.ADMIN),
            entry("ReviewerService.create(Reviewer,String)", Caller.ADMIN),
            entry("ReviewerService.update(Reviewer)", Caller.ADMIN),
            entry("ReviewerService.setEnabled(long,boolean)", Caller.ADMIN),
            entry("ReviewerService.resetPassword(long,String)", Caller.ADMIN),

            entry("SourceService.list(SourceFilter,Pageable)", Caller.REVIEWER),
            entry("SourceService.outlets()", Caller.REVIEWER),
            entry("SourceService.languages()", Caller.REVIEWER),
            entry("SourceService.summary(long)", Caller.REVIEWER),
            entry("SourceService.find(long)", Caller.REVIEWER),
            entry("SourceService.count()", Caller.REVIEWER),
            entry("SourceService.textVersions(long)", Caller.REVIEWER),
            entry("SourceService.add(Source)", Caller.EDITOR),
            entry("SourceService.save(Source)", Caller.EDITOR),
            entry("SourceService.replaceText(long,String,String)", Caller.EDITOR),
            // Imports add sources through the import feature, which any reviewer may use.
            entry("SourceService.addImported(Source)", Caller.REVIEWER),
            entry("SourceService.findBySha256(String)", Caller.REVIEWER),

            entry("ClaimService.list(ClaimFilter,Pageable)", Caller.REVIEWER),
            entry("ClaimService.ratingLabels()", Caller.REVIEWER),
            entry("ClaimService.countByRating()", Caller.REVIEWER),
            entry("ClaimService.find(long)", Caller.REVIEWER),
            entry("ClaimService.findWithDetails(long)", Caller.REVIEWER),
            entry("ClaimService.highlightsIn(long)", Caller.REVIEWER),
            entry("ClaimService.brokenAnchorsIn(long)", Caller.REVIEWER),
            entry("ClaimService.count()", Caller.REVIEWER),
            entry("ClaimService.count(ClaimFilter)", Caller.REVIEWER),
            entry("ClaimService.page(ClaimFilter,Sort,Key,long,int)", Caller.REVIEWER),
            entry("ClaimService.save(Claim)", Caller.REVIEWER),
            entry("ClaimService.createFromSelection(long,int,int,String,CheckWorthiness)", Caller.REVIEWER),
            entry("ClaimService.removeAppearance(long,long)", Caller.REVIEWER),
            entry("ClaimService.linkContradiction(Claim,Claim,String)", Caller.REVIEWER),
            entry("ClaimService.linkedClaims(long)", Caller.REVIEWER),
            entry("ClaimService.linkContradiction(long,long,String)", Caller.REVIEWER),
            entry("ClaimService.unlink(long)", Caller.REVIEWER),
            entry("ClaimService.sameClaimSuggestions(long)", Caller.REVIEWER),
            entry("ClaimService.sameClaimElsewhere(long)", Caller.REVIEWER),
            entry("ClaimService.confirmSameClaim(long,long)", Caller.REVIEWER),
            entry("ClaimService.rejectSameClaim(long,long)", Caller.REVIEWER),
            entry("ClaimService.removeFromCluster(long)", Caller.REVIEWER),
            entry("ClaimService.rejectedAsSameClaim(long)", Caller.REVIEWER),
            entry("KnownClaims.checkedBefore(String)", Caller.REVIEWER),
            entry("KnownClaims.sameClaimAs(long,Collection)", Caller.REVIEWER),
            entry("KnownClaims.progress()", Caller.REVIEWER),
            entry("SameClaim.of(long)", Caller.REVIEWER),
            entry("ExternalFactChecks.largestImport()", Caller.EDITOR),
            entry("ExternalFactChecks.importClaimReviews(byte[])", Caller.EDITOR),
            entry("ClaimEntityLinks.claimsMentioning(long,int)", Caller.REVIEWER),

            entry("EntityService.lookalikes(String,Long)", Caller.REVIEWER),
            entry("EntityService.find(long)", Caller.REVIEWER),
            entry("EntityService.list(EntityFilter,Pageable)", Caller.REVIEWER),
            entry("EntityService.findBySpelling(String)", Caller.REVIEWER),
            entry("EntityService.count()", Caller.REVIEWER),
            entry("EntityService.findByNameOrAlias(String,Pageable)", Caller.REVIEWER),
            entry("EntityService.save(NamedEntity)", Caller.REVIEWER),
            entry("EntityService.merge(long,long)", Caller.REVIEWER),
            entry("EntityService.spellingsIn(String)", Caller.REVIEWER),

            entry("VerdictService.ratings()", Caller.REVIEWER),
            entry("VerdictService.rating(String)", Caller.REVIEWER),
            entry("VerdictService.verdictOn(Claim)", Caller.REVIEWER),
            entry("VerdictService.verdictOnClaim(long)", Caller.REVIEWER),
            entry("VerdictService.verdictsOnClaims(Collection)", Caller.REVIEWER),
            entry("VerdictService.count()", Caller.REVIEWER),
            entry("VerdictService.countByStatus(VerdictStatus)", Caller.REVIEWER),
            entry("VerdictService.countByRating()", Caller.REVIEWER),
            entry("VerdictService.transitions(Verdict)", Caller.REVIEWER),
            entry("VerdictService.publications(Verdict)", Caller.REVIEWER),
            entry("VerdictService.awaitingReview()", Caller.REVIEWER),
            entry("VerdictService.startDraft(Claim,Rating,String)", Caller.REVIEWER),
            entry("VerdictService.save(Verdict)", Caller.REVIEWER),
            entry("VerdictService.saveEvidence(Verdict,Evidence)", Caller.REVIEWER),
            entry("VerdictService.removeEvidence(Verdict,Evidence)", Caller.REVIEWER),
            entry("VerdictService.submitForReview(Verdict,String)", Caller.REVIEWER),
            entry("VerdictService.steps(Verdict)", Caller.REVIEWER),
            entry("VerdictService.sendBack(Verdict,String)", Caller.EDITOR),
            entry("VerdictService.publish(Verdict,String)", Caller.EDITOR),
            entry("VerdictService.correct(Verdict,Rating,String,String)", Caller.EDITOR),
            entry("VerdictService.correct(Verdict,Rating,String,String,String)", Caller.EDITOR),
            entry("VerdictService.proposedCorrection(Verdict)", Caller.REVIEWER),
            entry("VerdictService.publishCorrection(Verdict)", Caller.EDITOR),
            entry("VerdictService.retract(Verdict,String)", Caller.EDITOR),
            // Only the seed loader publishes without the workflow.
            entry("VerdictService.publishApproved(Verdict)", Caller.ADMIN),

            entry("HistoryService.revisions(List)", Caller.REVIEWER),
            entry("HistoryService.compare(Class,long,Long,long)", Caller.REVIEWER),
            entry("HistoryService.activity(ActivityFilter,Pageable)", Caller.REVIEWER),
            entry("HistoryService.activity(ActivityFilter,ActivityEntry,long,int)", Caller.REVIEWER),
            entry("HistoryService.reviewers()", Caller.REVIEWER),

            entry("SearchService.search(String)", Caller.REVIEWER),

            entry("ImportService.maxBytes()", Caller.REVIEWER),
            entry("ImportService.importDocument(ImportRequest,boolean)", Caller.REVIEWER),
            entry("ImportService.candidates(long)", Caller.REVIEWER),
            entry("ImportService.spellingsIn(long)", Caller.REVIEWER),
            entry("ImportService.accept(long)", Caller.REVIEWER),
            entry("ImportService.accept(long,int,int,String)", Caller.REVIEWER),
            entry("ImportService.dismiss(long,String)", Caller.REVIEWER),
            entry("ImportService.dismissAll(List,String)", Caller.REVIEWER),
            entry("ImportService.acceptAll(List)", Caller.REVIEWER),
            entry("ImportService.candidatesByScore(long)", Caller.REVIEWER),
            entry("ImportService.inbox()", Caller.REVIEWER),
            entry("ImportService.nearDuplicateOriginal(long)", Caller.REVIEWER),
            entry("ImportService.differencesFromOriginal(long)", Caller.REVIEWER),
            entry("ImportService.checkedBefore(String)", Caller.REVIEWER),
            entry("ImportService.checkedBefore(CandidateClaim)", Caller.REVIEWER),
            entry("ImportService.createEntity(String,EntityType)", Caller.REVIEWER),
            entry("ImportService.addAlias(long,String,String)", Caller.REVIEWER),
            entry("ImportService.lookalikes(String)", Caller.REVIEWER),
            entry("ImportService.receiveUpload(InputStream,String)", Caller.REVIEWER),

            entry("CsvReport.write(ReportScope,CsvLayout,boolean,OutputStream,ExportProgress)", Caller.EDITOR),
            entry("PdfReport.write(ReportScope,OutputStream,ExportProgress)", Caller.EDITOR),
            entry("PdfReport.refusal(ReportScope)", Caller.EDITOR),
            entry("ClaimReviewBundle.write(ReportScope,OutputStream,ExportProgress)", Caller.EDITOR),
            entry("ReportExports.start(ReportScope,ExportFormat,boolean)", Caller.EDITOR),

            // The public API's read model: published fact-checks only, for anyone.
            entry("FiguresService.figures(Period)", Caller.EDITOR),
            entry("FiguresService.writeCsv(Period,OutputStream)", Caller.EDITOR),
            entry("PublicFigures.transparency()", Caller.ANYONE),
            entry("PublishedFactChecks.find(long)", Caller.ANYONE),
            entry("PublishedFactChecks.findAll(Collection)", Caller.ANYONE),
            // ...and the public pages' reads of it: published fact-checks, their corrections and entities only.
            entry("PublishedFactChecks.findShown(long)", Caller.ANYONE),
            entry("PublishedFactChecks.lastChanged(List)", Caller.ANYONE),
            entry("PublishedFactChecks.newest(String,Long,String,String,int)", Caller.ANYONE),
            entry("PublishedFactChecks.publicPages()", Caller.ANYONE),
            entry("PublishedFactChecks.ratingScale()", Caller.ANYONE),
            entry("PublicChanges.correctionsAndRetractions(int)", Caller.ANYONE),
            entry("PublicChanges.of(long)", Caller.ANYONE),
            entry("PublicEntities.find(long)", Caller.ANYONE));

    @Autowired
    ApplicationContext app;

    @Test
    void every_service_method_has_its_expected_caller_in_the_table() {
        assertThat(new TreeSet<>(guardedMethods().keySet()))
                .as("every public service method is in the table, and the table names no method that is gone")
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(EXPECTED.keySet()));
    }

    @Test
    void every_service_method_refuses_exactly_the_callers_below_its_role() {
        Map<String, String> wrong = new TreeMap<>();
        guardedMethods().forEach((signature, call) -> {
            Caller expected = EXPECTED.get(signature);
            if (expected == null) {
                return; // the other test names it
            }
            for (Caller caller : Caller.values()) {
                boolean refused = isRefused(call, caller);
                boolean shouldBe = !caller.reaches(expected);
                if (refused != shouldBe) {
                    wrong.put(signature + " as " + caller, shouldBe ? "allowed, should be refused" : "refused, should be allowed");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** A method and the bean (the proxy that checks) to call it on. */
    record Call(Object bean, Method method) {
    }

    private Map<String, Call> guardedMethods() {
        Map<String, Call> methods = new TreeMap<>();
        for (String name : app.getBeanDefinitionNames()) {
            Class<?> type = app.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> target = org.springframework.util.ClassUtils.getUserClass(type);
            if (!target.getPackageName().startsWith("org.factcheck") || !isGuarded(target)) {
                continue;
            }
            Object bean = app.getBean(name);
            for (Method method : target.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge()) {
                    methods.put(signature(target, method), new Call(bean, method));
                }
            }
        }
        return methods;
    }

    private static boolean isGuarded(Class<?> type) {
        return AnnotatedElementUtils.hasAnnotation(type, Service.class)
                || AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.isAnnotationPresent(PreAuthorize.class));
    }

    private static String signature(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    private static boolean isRefused(Call call, Caller caller) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(caller));
        SecurityContextHolder.setContext(context);
        try {
            call.method().setAccessible(true);
            call.method().invoke(call.bean(), dummyArguments(call.method()));
            return false;
        } catch (InvocationTargetException e) {
            return e.getCause() instanceof AccessDeniedException
                    || e.getCause() instanceof AuthenticationCredentialsNotFoundException;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Authentication authentication(Caller caller) {
        if (caller == Caller.ANYONE) {
            return new AnonymousAuthenticationToken("matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        List<SimpleGrantedAuthority> roles = Role.valueOf(caller.name()).included().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        return UsernamePasswordAuthenticationToken.authenticated("matrix-" + caller.name().toLowerCase(), null, roles);
    }

    /** Zeros and nulls: ids no record has, so that an allowed call changes nothing. */
    private static Object[] dummyArguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(type -> {
            if (type == boolean.class) {
                return false;
            }
            if (type == int.class) {
                return 0;
            }
            if (type == long.class) {
                return 0L;
            }
            return null;
        }).toArray();
    }
}
