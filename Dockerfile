# The production image: the Vaadin frontend and the migrations compiled into the jar (profile
# "production"), the seed beside it. Build with `docker compose build` or `docker build .`.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode --no-transfer-progress -Pproduction dependency:go-offline
COPY src src
COPY db-migrations db-migrations
RUN ./mvnw --batch-mode --no-transfer-progress -Pproduction -DskipTests package

FROM eclipse-temurin:21-jre
WORKDIR /app
RUN useradd --system --home /app factcheck
COPY --from=build /src/target/factcheck-*.jar app.jar
COPY seed seed
ENV FACTCHECK_SEED=/app/seed \
    FACTCHECK_DATA=/app/data/postgres
USER factcheck
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
