<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EstateLoader</name>
    <message>
        <location filename="../services/estateloader.cpp" line="+208"/>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a mapping (key: value pairs)</source>
        <translation>%1 muss ein Mapping (Schlüssel-Wert-Paare) sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+918"/>
        <source>keys must be plain words</source>
        <translation>Schlüssel müssen einfache Wörter sein</translation>
    </message>
    <message>
        <location line="-908"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <location line="+82"/>
        <location line="+973"/>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="-1206"/>
        <source>; expected one of: %1</source>
        <translation>; erwartet wird einer von: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>key &apos;%1&apos; appears twice; the first is at line %2</source>
        <translation>Schlüssel &apos;%1&apos; kommt doppelt vor; der erste steht in Zeile %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>missing required key &apos;%1&apos;</source>
        <translation>erforderlicher Schlüssel &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing required key &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>erforderlicher Schlüssel &apos;%1&apos; fehlt in &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; must be %2</source>
        <translation>&apos;%1&apos; muss %2 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, got &apos;%1&apos;</source>
        <translation>, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, got a list</source>
        <translation>, gefunden: eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, got a mapping</source>
        <translation>, gefunden: ein Mapping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, got nothing</source>
        <translation>, gefunden: nichts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; must be an integer from %2 to %3, got &apos;%4&apos;</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl von %2 bis %3 sein, gefunden: &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; must be a number, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss eine Zahl sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; must be true or false, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss true oder false sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+82"/>
        <source>&apos;%1&apos; must be one of %2, got &apos;%3&apos;</source>
        <translation>&apos;%1&apos; muss einer der Werte %2 sein, gefunden: &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&apos;%1&apos;: unknown time zone &apos;%2&apos;; expected an IANA identifier such as Europe/Amsterdam</source>
        <translation>&apos;%1&apos;: unbekannte Zeitzone &apos;%2&apos;; erwartet wird eine IANA-Kennung wie Europe/Amsterdam</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; must be an ISO 8601 duration such as PT30M, PT2H or P1DT12H (no years or months), got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss eine Dauer nach ISO 8601 wie PT30M, PT2H oder P1DT12H sein (ohne Jahre oder Monate), gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+721"/>
        <source>&apos;%1&apos; must be a secret reference keychain:&lt;service&gt;/&lt;account&gt;; secrets are never written in the estate (the value is not shown)</source>
        <translation>&apos;%1&apos; muss ein Verweis auf ein Geheimnis der Form keychain:&lt;service&gt;/&lt;account&gt; sein; Geheimnisse werden nie in die Landschaft geschrieben (der Wert wird nicht angezeigt)</translation>
    </message>
    <message>
        <location line="-705"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>duplicate name &apos;%1&apos; in %2; the first is at %3</source>
        <translation>doppelter Name &apos;%1&apos; in %2; der erste steht in %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>YAML syntax error: control character 0x%1 is not allowed in YAML text</source>
        <translation>YAML-Syntaxfehler: Steuerzeichen 0x%1 ist in YAML-Text nicht erlaubt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>YAML syntax error: unexpected character at the start of a document</source>
        <translation>YAML-Syntaxfehler: unerwartetes Zeichen am Anfang eines Dokuments</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>cannot read YAML: %1</source>
        <translation>YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot read this document: %1</source>
        <translation>dieses Dokument kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;apiVersion&apos; must be gatehouse/v1, got &apos;%1&apos;</source>
        <translation>&apos;apiVersion&apos; muss gatehouse/v1 sein, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;metadata.name&apos; must be lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit, got &apos;%1&apos;</source>
        <translation>&apos;metadata.name&apos; darf nur Kleinbuchstaben, Ziffern und &apos;-&apos; enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>a mapping of strings</source>
        <translation>ein Mapping von Zeichenketten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a second Estate &apos;%1&apos;; exactly one Estate is allowed, the first is at %2</source>
        <translation>ein zweites Estate &apos;%1&apos;; genau ein Estate ist erlaubt, das erste steht in %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>duplicate %1 name &apos;%2&apos;; the first is at %3</source>
        <translation>doppelter Name &apos;%2&apos; für %1; der erste steht in %3</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>&apos;%1&apos; is not a valid RRULE &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos; ist keine gültige RRULE &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; must be a date YYYY-MM-DD, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss ein Datum YYYY-MM-DD sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; must be omitted when allDay is true</source>
        <translation>&apos;%1&apos; muss entfallen, wenn allDay true ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; must be a time of day HH:MM (24 h), got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss eine Uhrzeit HH:MM (24 h) sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;%1&apos; must be an ISO 3166 alpha-2 code such as NL or US, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss ein Alpha-2-Code nach ISO 3166 wie NL oder US sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a production environment names the sites it serves</source>
        <translation>eine Produktionsumgebung nennt die Standorte, die sie bedient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; must name at least one site for a production environment</source>
        <translation>&apos;%1&apos; muss für eine Produktionsumgebung mindestens einen Standort nennen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&apos;%1&apos; must be an http or https URL, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss eine http- oder https-URL sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&apos;%1&apos; is only allowed for kind odoo-module, this integration is of kind %2</source>
        <translation>&apos;%1&apos; ist nur bei der Art odoo-module erlaubt, diese Integration ist von der Art %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>required for kind odoo-module</source>
        <translation>bei der Art odoo-module erforderlich</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&apos;%1&apos; must be table.column, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss die Form table.column haben, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a mapping of secret references</source>
        <translation>ein Mapping von Verweisen auf Geheimnisse</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&apos;%1&apos;: holiday file &apos;%2&apos; does not exist (looked for %3)</source>
        <translation>&apos;%1&apos;: Feiertagsdatei &apos;%2&apos; existiert nicht (gesucht wurde %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate holiday set name &apos;%1&apos;; the first is at %2</source>
        <translation>doppelter Name &apos;%1&apos; für einen Feiertagskalender; der erste steht in %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; has both businessDays and a time rule (rrule, start, duration); use one</source>
        <translation>&apos;%1&apos; hat sowohl businessDays als auch eine Zeitregel (rrule, start, duration); verwenden Sie nur eines davon</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>give last, first or both</source>
        <translation>last, first oder beides angeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>or a time rule: rrule, start and duration</source>
        <translation>oder eine Zeitregel: rrule, start und duration</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;%1&apos; must be a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM[:SS], got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss ein Datum YYYY-MM-DD oder ein Zeitpunkt YYYY-MM-DDTHH:MM[:SS] sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; (%2) must be after start (%3)</source>
        <translation>&apos;%1&apos; (%2) muss nach start (%3) liegen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>a second Policy for tier %1; one per tier, the first is at %2</source>
        <translation>eine zweite Policy für die Stufe %1; eine pro Stufe, die erste steht in %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;%1&apos; (%2) must not be below cabThreshold (%3)</source>
        <translation>&apos;%1&apos; (%2) darf nicht unter cabThreshold (%3) liegen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holiday set</source>
        <translation>Feiertagskalender</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; names an unknown %2 &apos;%3&apos;</source>
        <translation>&apos;%1&apos;: %2 &apos;%3&apos; ist unbekannt</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>dependency cycle made only of sync links: %1; a cycle of sync dependencies can never start, make one link async or batch</source>
        <translation>Abhängigkeitszyklus nur aus sync-Verbindungen: %1; ein Zyklus synchroner Abhängigkeiten kann nie starten, machen Sie eine Verbindung async oder batch</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no Estate document (kind: Estate) in the folder; exactly one is required</source>
        <translation>kein Estate-Dokument (kind: Estate) im Ordner; genau eines ist erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+80"/>
        <location line="+25"/>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>the estate folder does not exist</source>
        <translation>der Ordner der Landschaft existiert nicht</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no .yaml or .yml files in the estate folder</source>
        <translation>keine .yaml- oder .yml-Dateien im Ordner der Landschaft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../services/estatevalues.cpp" line="+206"/>
        <source>the rule is empty</source>
        <translation>die Regel ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the value without the RRULE: prefix</source>
        <translation>schreiben Sie den Wert ohne das Präfix RRULE:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains a NUL character</source>
        <translation>sie enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libical cannot parse it (%1)</source>
        <translation>libical kann sie nicht verarbeiten (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FREQ is missing</source>
        <translation>FREQ fehlt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::App</name>
    <message>
        <location filename="../app/commandline.cpp" line="+21"/>
        <source>Usage:
  gatehouse [--estate DIR] [--database URL] [--lang CODE] [--exit-after-first-frame]
  gatehouse validate DIR [--format text|json]
  gatehouse --version | --help

Release control-center for Odoo-based distribution businesses.

Options:
  --estate DIR              open the estate in DIR (default: the last one)
  --database URL            use the PostgreSQL control store at URL
                            (postgresql://user@host:port/db; the password comes
                            from the keychain) instead of the embedded one
  --lang CODE               user interface language (en, de, fr)
  --exit-after-first-frame  print start-up figures and exit after the first frame
  --version                 print the version and exit
  --help                    print this help and exit

validate DIR:
  checks every YAML file of the estate in DIR and prints each problem as
  file:line:column: error: message. Exit status: 0 valid, 1 invalid, 2 bad usage.
  --format text|json        output format (default text; json goes to stdout)
</source>
        <translation>Aufruf:
  gatehouse [--estate DIR] [--database URL] [--lang CODE] [--exit-after-first-frame]
  gatehouse validate DIR [--format text|json]
  gatehouse --version | --help

Release-Leitstand für Distributionsunternehmen auf Odoo-Basis.

Optionen:
  --estate DIR              die Landschaft in DIR öffnen (Standard: die zuletzt geöffnete)
  --database URL            die PostgreSQL-Steuerungsdatenbank unter URL verwenden
                            (postgresql://user@host:port/db; das Passwort stammt
                            aus dem Schlüsselbund) statt der eingebetteten
  --lang CODE               Sprache der Benutzeroberfläche (en, de, fr)
  --exit-after-first-frame  Startkennzahlen ausgeben und nach dem ersten Frame beenden
  --version                 die Version ausgeben und beenden
  --help                    diese Hilfe ausgeben und beenden

validate DIR:
  prüft jede YAML-Datei der Landschaft in DIR und gibt jedes Problem aus als
  file:line:column: error: message. Exit-Status: 0 gültig, 1 ungültig, 2 falscher Aufruf.
  --format text|json        Ausgabeformat (Standard text; json geht nach stdout)
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Output format.</source>
        <translation>Ausgabeformat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estate folder.</source>
        <translation>Ordner der Landschaft.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>validate: missing the estate folder (DIR).</source>
        <translation>validate: der Ordner der Landschaft (DIR) fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validate: expected one folder, got %1.</source>
        <translation>validate: ein Ordner erwartet, %1 angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validate: unknown format &quot;%1&quot; (expected text or json).</source>
        <translation>validate: unbekanntes Format „%1“ (erwartet: text oder json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validate: %1 does not exist.</source>
        <translation>validate: %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validate: %1 is not a folder.</source>
        <translation>validate: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--estate: %1 is not a folder.</source>
        <translation>--estate: %1 ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ChangeRequestModel</name>
    <message>
        <location filename="../models/changerequestmodel.cpp" line="+28"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In Durchführung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::DiagnosticModel</name>
    <message>
        <location filename="../models/diagnosticmodel.cpp" line="+35"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Location</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::EnvironmentModel</name>
    <message>
        <location filename="../models/environmentmodel.cpp" line="+10"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multi-tenant</source>
        <translation>Multi-Tenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ImpactModel</name>
    <message>
        <location filename="../models/impactmodel.cpp" line="+14"/>
        <source>fails</source>
        <translation>fällt aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>degrades</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Integrations (%n)</source>
        <translation>
            <numerusform>Integrationen (%n)</numerusform>
            <numerusform>Integrationen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Business processes (%n)</source>
        <translation>
            <numerusform>Geschäftsprozesse (%n)</numerusform>
            <numerusform>Geschäftsprozesse (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Partner (%n)</numerusform>
            <numerusform>Partner (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sites (%n)</source>
        <translation>
            <numerusform>Standorte (%n)</numerusform>
            <numerusform>Standorte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Environments (%n)</source>
        <translation>
            <numerusform>Umgebungen (%n)</numerusform>
            <numerusform>Umgebungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effect</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Via</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ImpactPath</name>
    <message>
        <location filename="../models/impactanalysis.cpp" line="+17"/>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch</source>
        <translation>batch</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::IntegrationModel</name>
    <message>
        <location filename="../models/integrationmodel.cpp" line="+11"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::SiteModel</name>
    <message>
        <location filename="../models/sitemodel.cpp" line="+64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ControlStore</name>
    <message>
        <location filename="../services/controlstore.cpp" line="+188"/>
        <source>embedded (%1)</source>
        <translation>eingebettet (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the control store password from the keychain…</source>
        <translation>Das Passwort der Steuerungsdatenbank wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+5"/>
        <source>Text with a NUL character cannot be stored.</source>
        <translation>Text mit einem NUL-Zeichen kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change needs a window start and end.</source>
        <translation>Eine Änderung braucht Beginn und Ende eines Wartungsfensters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown time zone &apos;%1&apos;.</source>
        <translation>Unbekannte Zeitzone &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ControlStoreWorker</name>
    <message>
        <location filename="../services/controlstoreworker.cpp" line="+66"/>
        <source>Starting the embedded PostgreSQL server…</source>
        <translation>Der eingebettete PostgreSQL-Server wird gestartet…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Updating the control store schema failed: %1</source>
        <translation>Die Aktualisierung des Schemas der Steuerungsdatenbank ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The control store is closed.</source>
        <translation>Die Steuerungsdatenbank ist geschlossen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The connection to the control store was lost while the change was being committed. It may or may not have been saved: reload the list to check before trying again.</source>
        <translation>Die Verbindung zur Steuerungsdatenbank ging verloren, während die Änderung gespeichert wurde. Möglicherweise wurde sie gespeichert, möglicherweise nicht: Laden Sie die Liste neu und prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the control store was lost.</source>
        <translation>Die Verbindung zur Steuerungsdatenbank ging verloren.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The control store could not be reached in time, so the request was not carried out. Check the connection and try again.</source>
        <translation>Die Steuerungsdatenbank war nicht rechtzeitig erreichbar, daher wurde die Anfrage nicht ausgeführt. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The change window must end after it starts.</source>
        <translation>Das Wartungsfenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change needs a title.</source>
        <translation>Eine Änderung braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change needs a target environment.</source>
        <translation>Eine Änderung braucht eine Zielumgebung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change needs the time zone its window was planned in.</source>
        <translation>Eine Änderung braucht die Zeitzone, in der ihr Wartungsfenster geplant wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown change type.</source>
        <translation>Unbekannter Änderungstyp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown change state.</source>
        <translation>Unbekannter Änderungsstatus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The control store refused this: %1</source>
        <translation>Die Steuerungsdatenbank hat dies abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The control store was closed before the request could be carried out.</source>
        <translation>Die Steuerungsdatenbank wurde geschlossen, bevor die Anfrage ausgeführt werden konnte.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::EmbeddedPostgres</name>
    <message>
        <location filename="../services/embeddedpostgres.cpp" line="+108"/>
        <source>PostgreSQL server programs (initdb, pg_ctl) were not found. Install the &apos;postgresql&apos; package, or configure a shared control store server.</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl) wurden nicht gefunden. Installieren Sie das Paket &apos;postgresql&apos; oder richten Sie einen gemeinsamen Server für die Steuerungsdatenbank ein.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 did not finish in time</source>
        <translation>%1 wurde nicht rechtzeitig beendet</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>Cannot create the folder %1 for the embedded control store.</source>
        <translation>Der Ordner %1 für die eingebettete Steuerungsdatenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Gatehouse runs as root, but the embedded control store needs the unprivileged &apos;postgres&apos; system user, which does not exist. Run Gatehouse as an ordinary user or configure a shared server.</source>
        <translation>Gatehouse läuft als root, aber die eingebettete Steuerungsdatenbank benötigt den nicht privilegierten Systembenutzer &apos;postgres&apos;, der nicht existiert. Starten Sie Gatehouse als normaler Benutzer oder richten Sie einen gemeinsamen Server ein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The &apos;postgres&apos; user cannot reach the folder %1 of the embedded control store.</source>
        <translation>Der Benutzer &apos;postgres&apos; kann nicht auf den Ordner %1 der eingebetteten Steuerungsdatenbank zugreifen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Creating the embedded PostgreSQL cluster failed: %1</source>
        <translation>Das Anlegen des eingebetteten PostgreSQL-Clusters ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Starting the embedded PostgreSQL server failed: %1
%2</source>
        <translation>Das Starten des eingebetteten PostgreSQL-Servers ist fehlgeschlagen: %1
%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preparing the embedded control store database failed: %1</source>
        <translation>Das Vorbereiten der Datenbank der eingebetteten Steuerungsdatenbank ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stopping the embedded PostgreSQL server failed: %1</source>
        <translation>Das Beenden des eingebetteten PostgreSQL-Servers ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::SecretStore</name>
    <message>
        <location filename="../services/secretstore.cpp" line="+29"/>
        <source>No secret is stored in the keychain for %1 (or the keyring is locked). Store it in the settings dialog, or unlock the keyring.</source>
        <translation>Im Schlüsselbund ist für %1 kein Geheimnis gespeichert (oder der Schlüsselbund ist gesperrt). Speichern Sie es im Einstellungsdialog oder entsperren Sie den Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access to the keychain entry %1 was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbundeintrag %1 wurde verweigert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet is running), so %1 cannot be used.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (es läuft kein Secret Service wie GNOME Keyring oder KWallet), daher kann %1 nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain entry %1 could not be deleted.</source>
        <translation>Der Schlüsselbundeintrag %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain could not be read for %1: no Secret Service is running or the keyring is locked. Start and unlock your keyring, then try again.</source>
        <translation>Der Schlüsselbund konnte für %1 nicht gelesen werden: Es läuft kein Secret Service oder der Schlüsselbund ist gesperrt. Starten und entsperren Sie Ihren Schlüsselbund und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain could not store %1: no Secret Service is running or the keyring is locked. Start and unlock your keyring, then try again.</source>
        <translation>Der Schlüsselbund konnte %1 nicht speichern: Es läuft kein Secret Service oder der Schlüsselbund ist gesperrt. Starten und entsperren Sie Ihren Schlüsselbund und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(Keychain: %1)</source>
        <translation>(Schlüsselbund: %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a keychain reference; expected keychain:SERVICE/ACCOUNT.</source>
        <translation>&apos;%1&apos; ist kein Verweis auf den Schlüsselbund; erwartet wird keychain:SERVICE/ACCOUNT.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ChangesPage</name>
    <message>
        <location filename="../ui/changespage.cpp" line="+55"/>
        <source>&amp;New change…</source>
        <translation>&amp;Neue Änderung…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter changes by title, environment, state or requester (Ctrl+F)</source>
        <translation>Änderungen nach Titel, Umgebung, Status oder Antragsteller filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft a new change request (Ctrl+N)</source>
        <translation>Einen neuen Änderungsantrag entwerfen (Strg+N)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>⚠ Could not load changes</source>
        <translation>⚠ Änderungen konnten nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The control store is not available</source>
        <translation>Die Steuerungsdatenbank ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading changes…</source>
        <translation>Änderungen werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to the control store.</source>
        <translation>Verbindung zur Steuerungsdatenbank wird hergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes yet</source>
        <translation>Noch keine Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a change to an environment: what it touches, when, and its blast radius.</source>
        <translation>Planen Sie eine Änderung an einer Umgebung: was sie berührt, wann, und wie weit ihre Auswirkungen reichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an estate first: a change targets one of its environments.</source>
        <translation>Öffnen Sie zuerst eine Landschaft: Eine Änderung betrifft eine ihrer Umgebungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New change…</source>
        <translation>Neue Änderung…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No change selected</source>
        <translation>Keine Änderung ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change to see its details and audit trail.</source>
        <translation>Wählen Sie eine Änderung aus, um ihre Details und ihren Audit-Trail zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>⚠ Could not load the audit trail</source>
        <translation>⚠ Der Audit-Trail konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::DiagnosticsPanel</name>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="+67"/>
        <source>No problems in the estate.</source>
        <translation>Keine Probleme in der Landschaft.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double-click an entry or press Enter to jump to it.</source>
        <translation>doppelklicken Sie auf einen Eintrag oder drücken Sie die Eingabetaste, um dorthin zu springen.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentDetailPane</name>
    <message>
        <location filename="../ui/environmentdetailpane.cpp" line="+31"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multi-tenant</source>
        <translation>Multi-Tenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+109"/>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>No environment selected</source>
        <translation>Keine Umgebung ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an environment to see its workloads, database and monitoring.</source>
        <translation>Wählen Sie eine Umgebung aus, um ihre Workloads, ihre Datenbank und ihre Überwachung zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Press Enter or double-click to show the integration a workload runs.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um die Integration anzuzeigen, die ein Workload ausführt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 environment, %2 hosting</source>
        <translation>Umgebung: %1, Hosting: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites served</source>
        <translation>Bediente Standorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context %1, namespace %2</source>
        <translation>Kontext %1, Namespace %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(current)</source>
        <translation>(aktueller)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Odoo database</source>
        <translation>Odoo-Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 on %2:%3</source>
        <translation>%1 auf %2:%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sslmode %1</source>
        <translation>sslmode %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored in the keychain as %1</source>
        <translation>im Schlüsselbund gespeichert als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>&amp;Workloads (%n)</source>
        <translation>
            <numerusform>&amp;Workloads (%n)</numerusform>
            <numerusform>&amp;Workloads (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replica(s) in all</source>
        <translation>
            <numerusform>%n Replikat insgesamt</numerusform>
            <numerusform>%n Replikate insgesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EstatePage</name>
    <message>
        <location filename="../ui/estatepage.cpp" line="+126"/>
        <source>Search integrations by name, owner, process or partner (Ctrl+F)</source>
        <translation>Integrationen nach Name, Verantwortlichem, Prozess oder Partner durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;riticality:</source>
        <translation>&amp;Kritikalität:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Integrations</source>
        <translation>&amp;Integrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites</source>
        <translation>&amp;Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;vironments</source>
        <translation>&amp;Umgebungen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No estate open</source>
        <translation>Keine Landschaft geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An estate is the folder of YAML files that describes your sites, environments, integrations, calendars and policies. Open one to see it here.</source>
        <translation>Eine Landschaft ist der Ordner mit YAML-Dateien, der Ihre Standorte, Umgebungen, Integrationen, Kalender und Richtlinien beschreibt. Öffnen Sie eine, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open estate…</source>
        <translation>Landschaft öffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the estate…</source>
        <translation>Landschaft wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading and validating every YAML file in %1.</source>
        <translation>Jede YAML-Datei in %1 wird gelesen und geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The estate has errors</source>
        <translation>Die Landschaft enthält Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be loaded. Fix the errors listed in the Estate errors panel; the estate reloads as soon as its files change.</source>
        <translation>%1 konnte nicht geladen werden. Beheben Sie die im Bereich „Landschaftsfehler“ aufgeführten Fehler; die Landschaft wird neu geladen, sobald sich ihre Dateien ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n Integration</numerusform>
            <numerusform>%n Integrationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::IntegrationDetailPane</name>
    <message>
        <location filename="../ui/integrationdetailpane.cpp" line="+28"/>
        <source>sync — fails with it</source>
        <translation>sync — fällt mit aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>async — degrades</source>
        <translation>async — beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch — degrades</source>
        <translation>batch — beeinträchtigt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No integration selected</source>
        <translation>Keine Integration ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an integration to see its owner, dependencies and what it affects when it changes.</source>
        <translation>Wählen Sie eine Integration aus, um ihren Verantwortlichen, ihre Abhängigkeiten und die Auswirkungen einer Änderung zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impact when it changes or breaks</source>
        <translation>Auswirkung bei Änderung oder Ausfall</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every site of its environments</source>
        <translation>alle Standorte ihrer Umgebungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Odoo module</source>
        <translation>Odoo-Modul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>If it breaks, %n other integration(s) would fail and %1 would degrade.</source>
        <translation>
            <numerusform>Fällt sie aus, fällt %n weitere Integration mit aus; beeinträchtigt: %1.</numerusform>
            <numerusform>Fällt sie aus, fallen %n weitere Integrationen mit aus; beeinträchtigt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Affected: %n business process(es)</source>
        <translation>
            <numerusform>Betroffen: %n Geschäftsprozess</numerusform>
            <numerusform>Betroffen: %n Geschäftsprozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partner(s).</source>
        <translation>
            <numerusform>%n Partner.</numerusform>
            <numerusform>%n Partner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+55"/>
        <source>Estate errors</source>
        <translation>Landschaftsfehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+57"/>
        <location line="+248"/>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Estate</source>
        <translation>Landschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites, environments and integrations (Ctrl+1)</source>
        <translation>Standorte, Umgebungen und Integrationen (Strg+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change requests from the control store (Ctrl+2)</source>
        <translation>Änderungsanträge aus der Steuerungsdatenbank (Strg+2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open estate…</source>
        <translation>Landschaft ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload estate</source>
        <translation>Landschaft &amp;neu laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change</source>
        <translation>Änd&amp;erung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New change…</source>
        <translation>&amp;Neue Änderung…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Estate</source>
        <translation>&amp;Landschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Changes</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estate &amp;errors panel</source>
        <translation>Bereich „Landschafts&amp;fehler“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Gatehouse</source>
        <translation>&amp;Über Gatehouse</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+157"/>
        <source>Control store: %1</source>
        <translation>Steuerungsdatenbank: %1</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Control store: none</source>
        <translation>Steuerungsdatenbank: keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+148"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Open estate</source>
        <translation>Landschaft öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The estate files have %n error(s). The estate on screen is the last good one; it will update as soon as the files are valid again.</source>
        <translation>
            <numerusform>Die Dateien der Landschaft enthalten %n Fehler. Angezeigt wird der letzte fehlerfreie Stand; er wird aktualisiert, sobald die Dateien wieder gültig sind.</numerusform>
            <numerusform>Die Dateien der Landschaft enthalten %n Fehler. Angezeigt wird der letzte fehlerfreie Stand; er wird aktualisiert, sobald die Dateien wieder gültig sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No estate open</source>
        <translation>Keine Landschaft geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estate: %1 — %2</source>
        <translation>Landschaft: %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(loading…)</source>
        <translation>(wird geladen…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(last good version; files have errors)</source>
        <translation>(letzter fehlerfreier Stand; Dateien enthalten Fehler)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(has errors)</source>
        <translation>(enthält Fehler)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — Gatehouse</source>
        <translation>%1 — Gatehouse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the embedded database…</source>
        <translation>Eingebettete Datenbank wird gestartet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnecting… (%1)</source>
        <translation>Verbindung wird wiederhergestellt… (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Release control-center for Odoo-based distribution businesses: plan, approve and watch releases in terms of the orders, stock moves and partner integrations they affect.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Release-Leitstand für Distributionsunternehmen auf Odoo-Basis: Releases planen, freigeben und überwachen – gemessen an den Aufträgen, Lagerbewegungen und Partnerintegrationen, die sie betreffen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::NewChangeDialog</name>
    <message>
        <location filename="../ui/newchangedialog.cpp" line="+87"/>
        <source>New change</source>
        <translation>Neue Änderung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Upgrade the EDI gateway to 4.2</source>
        <translation>z. B. EDI-Gateway auf 4.2 aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changes, why, and how it will be rolled back.</source>
        <translation>Was sich ändert, warum, und wie es zurückgerollt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an environment…</source>
        <translation>Umgebung auswählen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workloads of the environment</source>
        <translation>Workloads der Umgebung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Changes:</source>
        <translation>Um&amp;fang:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Window:</source>
        <translation>&amp;Wartungsfenster:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+160"/>
        <source>Create change</source>
        <translation>Änderung anlegen</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+15"/>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+16"/>
        <source>Choose the target environment.</source>
        <translation>Wählen Sie die Zielumgebung aus.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+20"/>
        <source>Select at least one integration or workload.</source>
        <translation>Wählen Sie mindestens eine Integration oder einen Workload aus.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+21"/>
        <source>The window must end after it starts.</source>
        <translation>Das Wartungsfenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Impact preview: select what the change touches.</source>
        <translation>Vorschau der Auswirkung: Wählen Sie aus, was die Änderung berührt.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Impact preview: if this change goes wrong, %n integration(s) would fail and %1 would degrade.</source>
        <translation>
            <numerusform>Vorschau der Auswirkung: Geht diese Änderung schief, fällt %n Integration aus; beeinträchtigt: %1.</numerusform>
            <numerusform>Vorschau der Auswirkung: Geht diese Änderung schief, fallen %n Integrationen aus; beeinträchtigt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Business processes: %1</source>
        <translation>Geschäftsprozesse: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No control store is configured.</source>
        <translation>Es ist keine Steuerungsdatenbank eingerichtet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The change was not stored: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The change was not stored: the control store was closed.</source>
        <translation>Die Änderung wurde nicht gespeichert: Die Steuerungsdatenbank wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+24"/>
        <source>&amp;Embedded (a private PostgreSQL in your data folder)</source>
        <translation>&amp;Eingebettet (ein privates PostgreSQL in Ihrem Datenordner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared &amp;server</source>
        <translation>Gemeinsamer &amp;Server</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Control store</source>
        <translation>Steuerungsdatenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes take effect the next time Gatehouse starts.</source>
        <translation>Änderungen werden beim nächsten Start von Gatehouse wirksam.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The password is kept in the system keychain as %1; it is never written to the settings.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems als %1 aufbewahrt; es wird nie in die Einstellungen geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Enter a URL of the form postgresql://user@host:port/database.</source>
        <translation>⚠ Geben Sie eine URL der Form postgresql://user@host:port/database ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Do not put the password in the URL; use the password field.</source>
        <translation>⚠ Schreiben Sie das Passwort nicht in die URL; verwenden Sie das Passwortfeld.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>⚠ The password could not be stored in the keychain: %1</source>
        <translation>⚠ Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SiteDetailPane</name>
    <message>
        <location filename="../ui/sitedetailpane.cpp" line="+38"/>
        <source>Wave picking</source>
        <translation>Wellenkommissionierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier cutoff</source>
        <translation>Annahmeschluss Spediteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+42"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>from %1 for %n day(s)</source>
        <translation>
            <numerusform>ab %1 für %n Tag</numerusform>
            <numerusform>ab %1 für %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (next day)</source>
        <translation>%1 (Folgetag)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No site selected</source>
        <translation>Kein Standort ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a site to see its operating cycles.</source>
        <translation>Wählen Sie einen Standort aus, um seine Betriebszyklen zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>&amp;Operating cycles (%n)</source>
        <translation>
            <numerusform>&amp;Betriebszyklen (%n)</numerusform>
            <numerusform>&amp;Betriebszyklen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n operating cycle(s)</source>
        <translation>
            <numerusform>%n Betriebszyklus</numerusform>
            <numerusform>%n Betriebszyklen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n critical to avoid</source>
        <translation>
            <numerusform>davon %n kritisch</numerusform>
            <numerusform>davon %n kritisch</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday sets</source>
        <translation>Feiertagskalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (unknown time zone)</source>
        <translation>%1 (unbekannte Zeitzone)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — now %2</source>
        <translation>%1 — jetzt %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SourceViewer</name>
    <message>
        <location filename="../ui/sourceviewer.cpp" line="+15"/>
        <source>Activate an error to see its place in the estate file.</source>
        <translation>Aktivieren Sie einen Fehler, um seine Stelle in der Datei der Landschaft zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message numerus="yes">
        <location filename="../app/validatecommand.cpp" line="+54"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n file(s)</source>
        <translation>
            <numerusform>in %n Datei</numerusform>
            <numerusform>in %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: valid — %n file(s) checked</source>
        <translation>
            <numerusform>%1: gültig — %n Datei geprüft</numerusform>
            <numerusform>%1: gültig — %n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
</TS>
