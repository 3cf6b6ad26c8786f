# The Arctic Match application image: used by docker-compose.yml for the web and the
# ingest-only instance.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -pl web -am package -DskipTests

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 arctic
USER arctic
WORKDIR /app
COPY --from=build /src/web/target/web-*.jar /app/arctic-match.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/arctic-match.jar"]
