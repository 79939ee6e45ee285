package org.factcheck.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

    boolean existsBySha256(String sha256);

    @Query("""
            select new org.factcheck.source.SourceSummary(s.id, s.title, s.outlet, s.publishedOn, s.publishedOnPrecision,
                s.language, s.origin)
            from Source s
            where (cast(:text as string) is null or lower(s.title) like :text escape '\\'
                   or lower(s.outlet) like :text escape '\\' or lower(coalesce(s.author, '')) like :text escape '\\')
              and (cast(:outlet as string) is null or s.outlet = :outlet)
              and (cast(:language as string) is null or s.language = :language)
              and (cast(:publishedFrom as localdate) is null or s.publishedOn >= :publishedFrom)
              and (cast(:publishedTo as localdate) is null or s.publishedOn <= :publishedTo)""")
    Slice<SourceSummary> findSummaries(String text, String outlet, String language, LocalDate publishedFrom,
            LocalDate publishedTo, Pageable page);

    @Query("select new org.factcheck.source.SourceSummary(s.id, s.title, s.outlet, s.publishedOn, s.publishedOnPrecision, "
            + "s.language, s.origin) from Source s where s.id = :id")
    Optional<SourceSummary> findSummary(long id);

    @Query("select new org.factcheck.source.SourceSummary(s.id, s.title, s.outlet, s.publishedOn, s.publishedOnPrecision, "
            + "s.language, s.origin) from Source s where s.sha256 = :sha256")
    Optional<SourceSummary> findSummaryBySha256(String sha256);

    @Query("select distinct s.outlet from Source s order by s.outlet")
    List<String> findOutlets();

    @Query("select distinct s.language from Source s order by s.language")
    List<String> findLanguages();
}
