# Multi-stage build: the production jar (Vaadin's committed production bundle: no node or npm), extracted with
# Spring Boot's jar tools and started with a class data sharing archive (StartupBenchmark measures both ways).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline -Pproduction
COPY src src
RUN ./mvnw -B -ntp -Pproduction -DskipTests package \
 && java -Djarmode=tools -jar target/engine-room-*.jar extract --destination /application \
 && mv /application/engine-room-*.jar /application/app.jar

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /application ./
COPY processes processes
COPY forms forms
# The training run: the context refreshed once on the embedded H2 database (removed again), the classes it loaded
# archived; every later start maps them instead of loading and verifying them one by one.
RUN java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh -jar app.jar \
 && rm -rf .engineroom
ENV SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-jar", "/app/app.jar"]
