plugins {
    `java-library`
    id("com.vanniktech.maven.publish") version "0.30.0"
}

group = "io.github.example-dev"
version = providers.gradleProperty("version").get()

java { toolchain { languageVersion.set(JavaLanguageVersion.of(17)) } }

mavenPublishing {
    // Manuelle Freigabe im Central Portal (automaticRelease = false).
    publishToMavenCentral(com.vanniktech.maven.publish.SonatypeHost.CENTRAL_PORTAL, automaticRelease = false)
    // Signiert nur, wenn die Schlüssel-Variablen gesetzt sind (CI); lokal ohne Signatur.
    if (providers.environmentVariable("ORG_GRADLE_PROJECT_signingInMemoryKey").isPresent) {
        signAllPublications()
    }
    coordinates(group.toString(), "notes-core", version.toString())
    pom {
        name.set("notes-core")
        description.set("Kleine Bibliothek zum Parsen von Notizdateien")
        url.set("https://github.com/example-dev/notes-core")
        licenses { license { name.set("Apache-2.0"); url.set("https://www.apache.org/licenses/LICENSE-2.0") } }
        developers { developer { id.set("example-dev"); name.set("Example Dev") } }
        scm { url.set("https://github.com/example-dev/notes-core") }
    }
}
