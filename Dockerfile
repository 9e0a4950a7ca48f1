# Multi-stage build: compile with the Vaadin frontend bundled (production profile), run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline -Pproduction
COPY src src
RUN ./mvnw -B -ntp -Pproduction -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/engine-room-*.jar app.jar
COPY processes processes
COPY forms forms
ENV SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
