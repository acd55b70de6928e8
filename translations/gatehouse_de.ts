<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CalendarReleaseOverlay</name>
    <message>
        <location filename="../ui/calendarreleaseoverlay.cpp" line="+73" />
        <location line="+7" />
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <location line="-6" />
        <source>%1 · %2 (%3) · %4</source>
        <translation>%1 · %2 (%3) · %4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Release %1: %2</source>
        <translation>Release %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Phase %1 in %2: %3 (%4), image %5</source>
        <translation>Phase %1 in %2: %3 (%4), Image %5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Since %1 %2</source>
        <translation>Seit %1 %2</translation>
    </message>
</context>
<context>
    <name>ChangeRecordPdf</name>
    <message>
        <location filename="../ui/changerecordpdf.cpp" line="+59" />
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <location line="+4" />
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <location line="+7" />
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>requested changes</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+149" />
        <source>Change record #%1</source>
        <translation>Änderungsnachweis #%1</translation>
    </message>
    <message>
        <location line="-146" />
        <source>EMERGENCY CHANGE — post-implementation review required</source>
        <translation>NOTFALLÄNDERUNG — Nachbetrachtung erforderlich</translation>
    </message>
    <message>
        <location line="+3" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Implementer</source>
        <translation>Umsetzer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not named</source>
        <translation>nicht benannt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved under policy version</source>
        <translation>Genehmigt nach Richtlinienversion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not approved</source>
        <translation>nicht genehmigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Post-implementation review</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>by %1 at %2</source>
        <translation>von %1 am %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outstanding (due %1)</source>
        <translation>ausstehend (fällig %1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No scope recorded.</source>
        <translation>Kein Umfang erfasst.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Integrations: %1</source>
        <translation>Integrationen: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Odoo module</source>
        <translation>Odoo-Modul</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pre-checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lock impact</source>
        <translation>Sperrauswirkung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rollback plan</source>
        <translation>Rollback-Plan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rollback plan:</source>
        <translation>Rollback-Plan:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none recorded</source>
        <translation>keiner erfasst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rollback criterion</source>
        <translation>Rollback-Kriterium</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Risk (computed): %1 / 100</source>
        <translation>Risiko (berechnet): %1 / 100</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Gates for %1 (evaluated %2): %3</source>
        <translation>Gates für %1 (ausgewertet %2): %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>allowed</source>
        <translation>zugelassen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Summary and evidence</source>
        <translation>Zusammenfassung und Nachweise</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Evaluated</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(overridden by %1: %2)</source>
        <translation>(übersteuert von %1: %2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Approvals and decisions</source>
        <translation>Genehmigungen und Entscheidungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No decisions recorded.</source>
        <translation>Keine Entscheidungen erfasst.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+9" />
        <location line="+8" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+9" />
        <location line="+8" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+9" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3" />
        <source>void since %1: %2</source>
        <translation>ungültig seit %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>standing (policy v%1, revision %2)</source>
        <translation>gültig (Richtlinie v%1, Revision %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Audit history</source>
        <translation>Audit-Verlauf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Audit chain verification</source>
        <translation>Verifizierung der Audit-Kette</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NOT VERIFIED: %1</source>
        <translation>NICHT VERIFIZIERT: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>VERIFIED: %n row(s) checked, the hash chain is intact.</source>
        <translation>
            <numerusform>VERIFIZIERT: %n Zeile geprüft, die Hash-Kette ist intakt.</numerusform>
            <numerusform>VERIFIZIERT: %n Zeilen geprüft, die Hash-Kette ist intakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>BROKEN: the hash chain breaks at row %1.</source>
        <translation>UNTERBROCHEN: Die Hash-Kette ist in Zeile %1 unterbrochen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Generated %1 by %2 from %3.</source>
        <translation>Erzeugt am %1 von %2 aus %3.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+14" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ContractEvaluator</name>
    <message>
        <location filename="../models/contractevaluator.cpp" line="+67" />
        <source>writes</source>
        <translation>schreibt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reads and writes</source>
        <translation>liest und schreibt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reads</source>
        <translation>liest</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Role "%1" lacks %2 on "%3": %4 %5 this table as that role. Grant it: GRANT %2 ON %3 TO %1;</source>
        <translation>Der Rolle "%1" fehlt %2 auf "%3": %4 %5 diese Tabelle unter dieser Rolle. Erteilen Sie das Recht: GRANT %2 ON %3 TO %1;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Role "%1" lacks %2 on column(s) %3 of "%4": %5 %6 them as that role. Grant it: GRANT %2 (%7) ON %4 TO %1;</source>
        <translation>Der Rolle "%1" fehlt %2 auf Spalte(n) %3 von "%4": %5 %6 sie unter dieser Rolle. Erteilen Sie das Recht: GRANT %2 (%7) ON %4 TO %1;</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Column "%1.%2" is missing and "%1.%3" (%4) looks like its new name: a probable rename. %5 %6 "%2": change it (and its contract) to use "%3", or rename the column back.</source>
        <translation>Die Spalte "%1.%2" fehlt, und "%1.%3" (%4) sieht nach ihrem neuen Namen aus: vermutlich eine Umbenennung. %5 %6 "%2": Ändern Sie die Integration (und ihren Vertrag) so, dass sie "%3" verwendet, oder benennen Sie die Spalte zurück.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Column "%1.%2" is missing: %3 %4 it. Restore the column, or change %3 and remove it from the contract.</source>
        <translation>Die Spalte "%1.%2" fehlt: %3 %4 sie. Stellen Sie die Spalte wieder her, oder ändern Sie %3 und entfernen Sie die Spalte aus dem Vertrag.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Column "%1.%2" was widened from %3 to %4: %5 keeps working until a value no longer fits its %3; update the contract once %5 handles %4.</source>
        <translation>Die Spalte "%1.%2" wurde von %3 auf %4 erweitert: %5 funktioniert weiter, bis ein Wert nicht mehr in ihr %3 passt; aktualisieren Sie den Vertrag, sobald %5 mit %4 umgehen kann.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Column "%1.%2" is now %3, the contract expects %4: %5 %6 it and will fail or misread values. Restore the type, or adapt %5 and its contract.</source>
        <translation>Die Spalte "%1.%2" ist jetzt %3, der Vertrag erwartet %4: %5 %6 sie und wird scheitern oder Werte falsch lesen. Stellen Sie den Typ wieder her, oder passen Sie %5 und den zugehörigen Vertrag an.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Column "%1.%2" is NOT NULL without a default, but %3 writes "%1" and may leave it empty: its inserts will be rejected. Add a default, or make %3 always fill it and mark it notNull in the contract.</source>
        <translation>Die Spalte "%1.%2" ist NOT NULL ohne Standardwert, aber %3 schreibt "%1" und lässt sie möglicherweise leer: Dessen Einfügungen werden abgewiesen. Legen Sie einen Standardwert fest, oder sorgen Sie dafür, dass %3 sie immer füllt, und markieren Sie sie im Vertrag als notNull.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Column "%1.%2" now allows NULL, but %3 relies on it always having a value: check that %3 copes with empty values.</source>
        <translation>Die Spalte "%1.%2" erlaubt jetzt NULL, aber %3 verlässt sich darauf, dass sie immer einen Wert hat: Prüfen Sie, ob %3 mit leeren Werten zurechtkommt.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Column "%1.%2" no longer has a foreign key to %3: %4 relies on every value pointing at an existing row. Restore the constraint.</source>
        <translation>Die Spalte "%1.%2" hat keinen Fremdschlüssel auf %3 mehr: %4 verlässt sich darauf, dass jeder Wert auf eine vorhandene Zeile verweist. Stellen Sie die Constraint wieder her.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Column "%1.%2" now references %3 instead of %4: %5 relies on %4.</source>
        <translation>Die Spalte "%1.%2" verweist jetzt auf %3 statt auf %4: %5 verlässt sich auf %4.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Column "%1.%2" is new and NOT NULL without a default (it does not exist in %3): %4 writes "%1" without setting it, so its inserts will be rejected once this reaches %3. Give the column a default, or make %4 fill it and add it to its contract.</source>
        <translation>Spalte "%1.%2" ist neu und NOT NULL ohne Standardwert (in %3 existiert sie nicht): %4 schreibt in "%1", ohne die Spalte zu setzen, daher werden seine Inserts abgelehnt, sobald dies %3 erreicht. Geben Sie der Spalte einen Standardwert, oder lassen Sie %4 sie befüllen und nehmen Sie sie in seinen Datenvertrag auf.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Column "%1.%2" became NOT NULL without a default (in %3 it is %4): %5 writes "%1" without setting it, so its inserts will be rejected once this reaches %3. Give the column a default, or make %5 fill it and add it to its contract.</source>
        <translation>Spalte "%1.%2" ist jetzt NOT NULL ohne Standardwert (in %3 ist sie %4): %5 schreibt in "%1", ohne die Spalte zu setzen, daher werden seine Inserts abgelehnt, sobald dies %3 erreicht. Geben Sie der Spalte einen Standardwert, oder lassen Sie %5 sie befüllen und nehmen Sie sie in seinen Datenvertrag auf.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>filled by a default</source>
        <translation>durch einen Standardwert befüllt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nullable</source>
        <translation>NULL-fähig</translation>
    </message>
    <message>
        <location line="+122" />
        <source>Database role "%1" does not exist: %2 connects as it and cannot work. Create the role and grant it what the contract lists, or fix databaseRole.</source>
        <translation>Die Datenbankrolle "%1" existiert nicht: %2 verbindet sich unter dieser Rolle und kann nicht arbeiten. Legen Sie die Rolle an und erteilen Sie ihr die im Vertrag aufgeführten Rechte, oder korrigieren Sie databaseRole.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Table "%1" is missing: %2 %3 it. Restore the table (is the module that creates it still installed?), or change %2 and its contract.</source>
        <translation>Die Tabelle "%1" fehlt: %2 %3 sie. Stellen Sie die Tabelle wieder her (ist das Modul, das sie anlegt, noch installiert?), oder ändern Sie %2 und den zugehörigen Vertrag.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"%1" is now a view, not a table: %2 writes to it and its inserts and updates will fail unless the view is made updatable. Write to the new underlying table instead, or restore the table.</source>
        <translation>"%1" ist jetzt eine View, keine Tabelle: %2 schreibt hinein; Einfügungen und Aktualisierungen schlagen fehl, sofern die View nicht aktualisierbar gemacht wird. Schreiben Sie stattdessen in die neue zugrunde liegende Tabelle, oder stellen Sie die Tabelle wieder her.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1" is now a view, not a table: PostgreSQL passes %2's inserts and updates through to the table behind it, but constraints, triggers and locks now act on that table; check its writes against staging.</source>
        <translation>"%1" ist jetzt eine View, keine Tabelle: PostgreSQL reicht die Inserts und Updates von %2 an die dahinterliegende Tabelle durch, aber Constraints, Trigger und Sperren wirken nun auf diese Tabelle; prüfen Sie diese Schreibzugriffe gegen Staging.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1" is now a view, not a table: %2 can still read it, but constraints and indexes it relied on may be gone; check its queries.</source>
        <translation>"%1" ist jetzt eine View, keine Tabelle: %2 kann sie weiterhin lesen, aber Constraints und Indizes, auf die sich die Integration verlassen hat, sind möglicherweise weg; prüfen Sie die Abfragen.</translation>
    </message>
</context>
<context>
    <name>ContractReport</name>
    <message>
        <location filename="../models/contractreport.cpp" line="+107" />
        <source>The data contracts could not be checked: %1</source>
        <translation>Die Datenverträge konnten nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n integration(s) would break in %1.</source>
        <translation>
            <numerusform>%n Integration würde in %1 nicht mehr funktionieren.</numerusform>
            <numerusform>%n Integrationen würden in %1 nicht mehr funktionieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>All %n data contract(s) hold in %1.</source>
        <translation>
            <numerusform>%n Datenvertrag ist in %1 erfüllt.</numerusform>
            <numerusform>Alle %n Datenverträge sind in %1 erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>The data contract holds in %1.</source>
        <translation>Der Datenvertrag ist in %1 erfüllt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n contract finding(s) would break it in %1.</source>
        <translation>
            <numerusform>%n Vertragsbefund würde ihn in %1 verletzen.</numerusform>
            <numerusform>%n Vertragsbefunde würden ihn in %1 verletzen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>ContractsCommand</name>
    <message>
        <location filename="../app/contractscommand.cpp" line="+29" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2" />
        <source>BROKEN</source>
        <translation>VERLETZT</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Checks every integration's data contract against an environment's Odoo database.</source>
        <translation>Prüft den Datenvertrag jeder Integration gegen die Odoo-Datenbank einer Umgebung.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The estate folder.</source>
        <translation>Der Ordner der Systemlandschaft.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The environment whose database to check.</source>
        <translation>Die Umgebung, deren Datenbank geprüft wird.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Seconds to wait for the database (default 5).</source>
        <translation>Sekunden, die auf die Datenbank gewartet wird (Standard 5).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language of the output.</source>
        <translation>Sprache der Ausgabe.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>usage: gatehouse contracts --estate DIR --environment NAME [--format text|json] [--connect-timeout SECONDS]</source>
        <translation>Aufruf: gatehouse contracts --estate DIR --environment NAME [--format text|json] [--connect-timeout SECONDS]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Data contracts in %1 (%2):</source>
        <translation>Datenverträge in %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n breaking finding(s)</source>
        <translation>
            <numerusform>%n verletzender Befund</numerusform>
            <numerusform>%n verletzende Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0" />
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+7" />
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>note: columns the contracts do not list were not compared with %1 for new NOT NULL columns: %2</source>
        <translation>Hinweis: Spalten, die die Verträge nicht auflisten, wurden nicht mit %1 auf neue NOT-NULL-Spalten verglichen: %2</translation>
    </message>
</context>
<context>
    <name>CriterionEvaluator</name>
    <message>
        <location filename="../models/criterionevaluator.cpp" line="+80" />
        <source>%1 breached: %2 held for %3 s from %4 (worst %5, latest %6)</source>
        <translation>%1 verletzt: %2 galt %3 s lang ab %4 (schlechtester Wert %5, aktuellster %6)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is inconclusive: no data since %2</source>
        <translation>%1 ist nicht aussagekräftig: keine Daten seit %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is inconclusive: no data for %2 s</source>
        <translation>%1 ist nicht aussagekräftig: seit %2 s keine Daten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: waiting for data</source>
        <translation>%1: warte auf Daten</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is %2 since %3 (%4 of %5 s), latest %6: watching</source>
        <translation>%1 ist %2 seit %3 (%4 von %5 s), zuletzt %6: wird beobachtet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 passes: latest %2 (threshold %3)</source>
        <translation>%1 bestanden: aktuell %2 (Schwellenwert %3)</translation>
    </message>
</context>
<context>
    <name>DriftCommand</name>
    <message>
        <location filename="../app/driftcommand.cpp" line="+29" />
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>extra</source>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <location line="+4" />
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Odoo module drift between two environments.</source>
        <translation>Odoo-Modul-Drift zwischen zwei Umgebungen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The estate folder.</source>
        <translation>Der Ordner der Systemlandschaft.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The environment a change is promoted from.</source>
        <translation>Die Umgebung, aus der eine Änderung übernommen wird.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The environment it is promoted to.</source>
        <translation>Die Umgebung, in die sie übernommen wird.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Comma-separated integrations or workloads the change touches: their modules' drift is expected.</source>
        <translation>Kommagetrennte Integrationen oder Workloads, die die Änderung betrifft: Der Drift ihrer Module ist erwartet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Seconds to wait for each database (default 5).</source>
        <translation>Sekunden, die auf jede Datenbank gewartet wird (Standard 5).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language of the output.</source>
        <translation>Sprache der Ausgabe.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>usage: gatehouse drift --estate DIR --from ENVIRONMENT --to ENVIRONMENT [--scope NAMES] [--format text|json] [--connect-timeout SECONDS]</source>
        <translation>Aufruf: gatehouse drift --estate DIR --from ENVIRONMENT --to ENVIRONMENT [--scope NAMES] [--format text|json] [--connect-timeout SECONDS]</translation>
    </message>
    <message>
        <location line="+23" />
        <source>--scope: "%1" is neither an integration nor a workload of the estate.</source>
        <translation>--scope: "%1" ist weder eine Integration noch ein Workload der Systemlandschaft.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Odoo modules, %1 (Odoo %2) → %3 (Odoo %4):</source>
        <translation>Odoo-Module, %1 (Odoo %2) → %3 (Odoo %4):</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(explained by the change)</source>
        <translation>(durch die Änderung erklärt)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>EstateLoader</name>
    <message>
        <location filename="../services/estateloader.cpp" line="+248" />
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 must be a mapping (key: value pairs)</source>
        <translation>%1 muss ein Mapping (Schlüssel-Wert-Paare) sein</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+981" />
        <source>keys must be plain words</source>
        <translation>Schlüssel müssen einfache Wörter sein</translation>
    </message>
    <message>
        <location line="-971" />
        <source>unknown key '%1'</source>
        <translation>unbekannter Schlüssel '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown key '%1' in '%2'</source>
        <translation>unbekannter Schlüssel '%1' in '%2'</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+153" />
        <location line="+124" />
        <location line="+1022" />
        <source>; did you mean '%1'?</source>
        <translation>; meinten Sie '%1'?</translation>
    </message>
    <message>
        <location line="-1297" />
        <source>; expected one of: %1</source>
        <translation>; erwartet wird einer von: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>key '%1' appears twice; the first is at line %2</source>
        <translation>Schlüssel '%1' kommt doppelt vor; der erste steht in Zeile %2</translation>
    </message>
    <message>
        <location line="+45" />
        <source>missing required key '%1'</source>
        <translation>erforderlicher Schlüssel '%1' fehlt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missing required key '%1' in '%2'</source>
        <translation>erforderlicher Schlüssel '%1' fehlt in '%2'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' must be %2</source>
        <translation>'%1' muss %2 sein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, got '%1'</source>
        <translation>, gefunden: '%1'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, got a list</source>
        <translation>, gefunden: eine Liste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, got a mapping</source>
        <translation>, gefunden: ein Mapping</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, got nothing</source>
        <translation>, gefunden: nichts</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+26" />
        <source>'%1' must be an integer from %2 to %3, got '%4'</source>
        <translation>'%1' muss eine ganze Zahl von %2 bis %3 sein, gefunden: '%4'</translation>
    </message>
    <message>
        <location line="+18" />
        <source>'%1' must be a number, got '%2'</source>
        <translation>'%1' muss eine Zahl sein, gefunden: '%2'</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'%1' must be true or false, got '%2'</source>
        <translation>'%1' muss true oder false sein, gefunden: '%2'</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+124" />
        <source>'%1' must be one of %2, got '%3'</source>
        <translation>'%1' muss einer der Werte %2 sein, gefunden: '%3'</translation>
    </message>
    <message>
        <location line="-107" />
        <source>'%1': unknown time zone '%2'; expected an IANA identifier such as Europe/Amsterdam</source>
        <translation>'%1': unbekannte Zeitzone '%2'; erwartet wird eine IANA-Kennung wie Europe/Amsterdam</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' must be an ISO 8601 duration such as PT30M, PT2H or P1DT12H (no years or months), got '%2'</source>
        <translation>'%1' muss eine Dauer nach ISO 8601 wie PT30M, PT2H oder P1DT12H sein (ohne Jahre oder Monate), gefunden: '%2'</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+784" />
        <source>'%1' must be a secret reference keychain:&lt;service&gt;/&lt;account&gt;; secrets are never written in the estate (the value is not shown)</source>
        <translation>'%1' muss ein Verweis auf ein Geheimnis der Form keychain:&lt;service&gt;/&lt;account&gt; sein; Geheimnisse werden nie in die Landschaft geschrieben (der Wert wird nicht angezeigt)</translation>
    </message>
    <message>
        <location line="-753" />
        <source>'%1' and '%2' cannot both be set: choose one way to log in</source>
        <translation>'%1' und '%2' können nicht beide gesetzt sein: wählen Sie eine Anmeldeart</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1': CA file '%2' does not exist (looked for %3)</source>
        <translation>'%1': CA-Datei '%2' existiert nicht (gesucht unter %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1': '%2' holds no PEM certificate</source>
        <translation>'%1': '%2' enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+17" />
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+47" />
        <source>duplicate name '%1' in %2; the first is at %3</source>
        <translation>doppelter Name '%1' in %2; der erste steht in %3</translation>
    </message>
    <message>
        <location line="+28" />
        <source>YAML syntax error: control character 0x%1 is not allowed in YAML text</source>
        <translation>YAML-Syntaxfehler: Steuerzeichen 0x%1 ist in YAML-Text nicht erlaubt</translation>
    </message>
    <message>
        <location line="+17" />
        <source>YAML syntax error: unexpected character at the start of a document</source>
        <translation>YAML-Syntaxfehler: unerwartetes Zeichen am Anfang eines Dokuments</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+2" />
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+18" />
        <source>cannot read YAML: %1</source>
        <translation>YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>cannot read this document: %1</source>
        <translation>dieses Dokument kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>'apiVersion' must be gatehouse/v1, got '%1'</source>
        <translation>'apiVersion' muss gatehouse/v1 sein, gefunden: '%1'</translation>
    </message>
    <message>
        <location line="+24" />
        <source>'metadata.name' must be lowercase letters, digits and '-', starting and ending with a letter or digit, got '%1'</source>
        <translation>'metadata.name' darf nur Kleinbuchstaben, Ziffern und '-' enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden, gefunden: '%1'</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+6" />
        <source>a mapping of strings</source>
        <translation>ein Mapping von Zeichenketten</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a second Estate '%1'; exactly one Estate is allowed, the first is at %2</source>
        <translation>ein zweites Estate '%1'; genau ein Estate ist erlaubt, das erste steht in %2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>duplicate %1 name '%2'; the first is at %3</source>
        <translation>doppelter Name '%2' für %1; der erste steht in %3</translation>
    </message>
    <message>
        <location line="+111" />
        <source>'%1' is not a valid RRULE '%2': %3</source>
        <translation>'%1' ist keine gültige RRULE '%2': %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'%1' must be a date YYYY-MM-DD, got '%2'</source>
        <translation>'%1' muss ein Datum YYYY-MM-DD sein, gefunden: '%2'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' must be omitted when allDay is true</source>
        <translation>'%1' muss entfallen, wenn allDay true ist</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'%1' must be a time of day HH:MM (24 h), got '%2'</source>
        <translation>'%1' muss eine Uhrzeit HH:MM (24 h) sein, gefunden: '%2'</translation>
    </message>
    <message>
        <location line="+30" />
        <source>'%1' must be an ISO 3166 alpha-2 code such as NL or US, got '%2'</source>
        <translation>'%1' muss ein Alpha-2-Code nach ISO 3166 wie NL oder US sein, gefunden: '%2'</translation>
    </message>
    <message>
        <location line="+42" />
        <source>a production environment names the sites it serves</source>
        <translation>eine Produktionsumgebung nennt die Standorte, die sie bedient</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' must name at least one site for a production environment</source>
        <translation>'%1' muss für eine Produktionsumgebung mindestens einen Standort nennen</translation>
    </message>
    <message>
        <location line="+50" />
        <source>'%1' must be an http or https URL, got '%2'</source>
        <translation>'%1' muss eine http- oder https-URL sein, gefunden: '%2'</translation>
    </message>
    <message>
        <location line="+52" />
        <source>'%1' is only allowed for kind odoo-module, this integration is of kind %2</source>
        <translation>'%1' ist nur bei der Art odoo-module erlaubt, diese Integration ist von der Art %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>required for kind odoo-module</source>
        <translation>bei der Art odoo-module erforderlich</translation>
    </message>
    <message>
        <location line="+36" />
        <source>'%1': partner calendar '%2' does not exist (looked for %3)</source>
        <translation>'%1': Partnerkalender '%2' existiert nicht (gesucht in %3)</translation>
    </message>
    <message>
        <location line="+77" />
        <source>'%1' must be table.column, got '%2'</source>
        <translation>'%1' muss die Form table.column haben, gefunden: '%2'</translation>
    </message>
    <message>
        <location line="+28" />
        <source>a mapping of secret references</source>
        <translation>ein Mapping von Verweisen auf Geheimnisse</translation>
    </message>
    <message>
        <location line="+46" />
        <source>'%1': holiday file '%2' does not exist (looked for %3)</source>
        <translation>'%1': Feiertagsdatei '%2' existiert nicht (gesucht wurde %3)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>duplicate holiday set name '%1'; the first is at %2</source>
        <translation>doppelter Name '%1' für einen Feiertagskalender; der erste steht in %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>'%1' has both businessDays and a time rule (rrule, start, duration); use one</source>
        <translation>'%1' hat sowohl businessDays als auch eine Zeitregel (rrule, start, duration); verwenden Sie nur eines davon</translation>
    </message>
    <message>
        <location line="+18" />
        <source>give last, first or both</source>
        <translation>last, first oder beides angeben</translation>
    </message>
    <message>
        <location line="+12" />
        <source>or a time rule: rrule, start and duration</source>
        <translation>oder eine Zeitregel: rrule, start und duration</translation>
    </message>
    <message>
        <location line="+28" />
        <source>'%1' must be a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM[:SS], got '%2'</source>
        <translation>'%1' muss ein Datum YYYY-MM-DD oder ein Zeitpunkt YYYY-MM-DDTHH:MM[:SS] sein, gefunden: '%2'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' (%2) must be after start (%3)</source>
        <translation>'%1' (%2) muss nach start (%3) liegen</translation>
    </message>
    <message>
        <location line="+69" />
        <source>a second Policy for tier %1; one per tier, the first is at %2</source>
        <translation>eine zweite Policy für die Stufe %1; eine pro Stufe, die erste steht in %2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>'%1' (%2) must not be below cabThreshold (%3)</source>
        <translation>'%1' (%2) darf nicht unter cabThreshold (%3) liegen</translation>
    </message>
    <message>
        <location line="+58" />
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0" />
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>holiday set</source>
        <translation>Feiertagskalender</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'%1' names an unknown %2 '%3'</source>
        <translation>'%1': %2 '%3' ist unbekannt</translation>
    </message>
    <message>
        <location line="+137" />
        <source>dependency cycle made only of sync links: %1; a cycle of sync dependencies can never start, make one link async or batch</source>
        <translation>Abhängigkeitszyklus nur aus sync-Verbindungen: %1; ein Zyklus synchroner Abhängigkeiten kann nie starten, machen Sie eine Verbindung async oder batch</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no Estate document (kind: Estate) in the folder; exactly one is required</source>
        <translation>kein Estate-Dokument (kind: Estate) im Ordner; genau eines ist erforderlich</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+80" />
        <location line="+25" />
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <location line="-72" />
        <source>the estate folder does not exist</source>
        <translation>der Ordner der Landschaft existiert nicht</translation>
    </message>
    <message>
        <location line="+25" />
        <source>no .yaml or .yml files in the estate folder</source>
        <translation>keine .yaml- oder .yml-Dateien im Ordner der Landschaft</translation>
    </message>
    <message>
        <location line="-650" />
        <location line="+157" />
        <location line="+502" />
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../services/estatevalues.cpp" line="+206" />
        <source>the rule is empty</source>
        <translation>die Regel ist leer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>write the value without the RRULE: prefix</source>
        <translation>schreiben Sie den Wert ohne das Präfix RRULE:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it contains a NUL character</source>
        <translation>sie enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>libical cannot parse it (%1)</source>
        <translation>libical kann sie nicht verarbeiten (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>FREQ is missing</source>
        <translation>FREQ fehlt</translation>
    </message>
</context>
<context>
    <name>GateEvaluation</name>
    <message numerus="yes">
        <location filename="../models/gateevaluation.cpp" line="+192" />
        <source>Rollback plan and %n criteria present.</source>
        <translation>
            <numerusform>Rollback-Plan und %n Kriterium vorhanden.</numerusform>
            <numerusform>Rollback-Plan und %n Kriterien vorhanden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateInputs</name>
    <message>
        <location filename="../models/gateinputs.cpp" line="+39" />
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change #%1 has no window to check.</source>
        <translation>Änderung #%1 hat kein zu prüfendes Fenster.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The window of change #%1 cannot be checked: %2</source>
        <translation>Das Fenster von Änderung #%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Overridden by %1 (%2): %3</source>
        <translation>Übersteuert von %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n conflict(s) in the window block change #%1 in %2.</source>
        <translation>
            <numerusform>%n Konflikt im Fenster blockiert Änderung #%1 in %2.</numerusform>
            <numerusform>%n Konflikte im Fenster blockieren Änderung #%1 in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The window of change #%1 is clear in %2.</source>
        <translation>Das Fenster von Änderung #%1 ist in %2 konfliktfrei.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Nothing blocks the window of change #%1 in %2; %n conflict(s) only discouraged or overridden.</source>
        <translation>
            <numerusform>Nichts blockiert das Fenster von Änderung #%1 in %2; %n Konflikt ist nur nicht empfohlen oder übersteuert.</numerusform>
            <numerusform>Nichts blockiert das Fenster von Änderung #%1 in %2; %n Konflikte sind nur nicht empfohlen oder übersteuert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 is the first environment of the promotion path: nothing to drift from.</source>
        <translation>%1 ist die erste Umgebung des Promotion-Pfads: Es gibt nichts, wovon sie abweichen könnte.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::App</name>
    <message>
        <location filename="../app/commandline.cpp" line="+26" />
        <source>Other commands (gatehouse COMMAND --help for details):</source>
        <translation>Weitere Befehle (gatehouse BEFEHL --help für Details):</translation>
    </message>
    <message>
        <location line="+11" />
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
        <location line="+37" />
        <source>Output format.</source>
        <translation>Ausgabeformat.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Estate folder.</source>
        <translation>Ordner der Landschaft.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>validate: missing the estate folder (DIR).</source>
        <translation>validate: der Ordner der Landschaft (DIR) fehlt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>validate: expected one folder, got %1.</source>
        <translation>validate: ein Ordner erwartet, %1 angegeben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>validate: unknown format "%1" (expected text or json).</source>
        <translation>validate: unbekanntes Format „%1“ (erwartet: text oder json).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>validate: %1 does not exist.</source>
        <translation>validate: %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>validate: %1 is not a folder.</source>
        <translation>validate: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Unknown command "%1".</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--estate: %1 is not a folder.</source>
        <translation>--estate: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../app/auditcommand.cpp" line="+25" />
        <source>Checks the control store's tamper-evident audit log.</source>
        <translation>Prüft das manipulationssichere Audit-Log der Steuerungsdatenbank.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recompute the hash chain and name every broken row.</source>
        <translation>Die Hash-Kette neu berechnen und jede beschädigte Zeile benennen.</translation>
    </message>
    <message>
        <location filename="../app/commandsupport.cpp" line="+49" />
        <source>Control store URL (postgresql://user@host:port/db); default: the embedded store.</source>
        <translation>URL der Steuerungsdatenbank (postgresql://user@host:port/db); Standard: die eingebettete Datenbank.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keychain reference of the password (keychain:SERVICE/ACCOUNT).</source>
        <translation>Schlüsselbund-Referenz des Passworts (keychain:SERVICE/ACCOUNT).</translation>
    </message>
    <message>
        <location filename="../app/auditcommand.cpp" line="+5" />
        <source>Usage: gatehouse audit verify [--database URL]</source>
        <translation>Aufruf: gatehouse audit verify [--database URL]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Audit chain intact: %1 rows verified.</source>
        <translation>Audit-Kette intakt: %1 Zeilen geprüft.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Audit chain broken: %1 problem(s) in %2 rows.</source>
        <translation>Audit-Kette beschädigt: %1 Problem(e) in %2 Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/calendarcommand.cpp" line="+66" />
        <source>unexpected argument '%1'</source>
        <translation>unerwartetes Argument '%1'</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--time-zone: unknown time zone '%1'</source>
        <translation>--time-zone: unbekannte Zeitzone '%1'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--estate DIR is required</source>
        <translation>--estate DIR ist erforderlich</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the estate has errors; run `gatehouse validate %1`</source>
        <translation>die Systemlandschaft enthält Fehler; führen Sie `gatehouse validate %1` aus</translation>
    </message>
    <message>
        <location line="+112" />
        <source>--changes: cannot read %1: %2</source>
        <translation>--changes: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--changes: %1 is not a JSON array of changes (%2)</source>
        <translation>--changes: %1 ist kein JSON-Array von Änderungen (%2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>--changes: entry %1 needs "environment", "start" and an "end" after it</source>
        <translation>--changes: Eintrag %1 braucht "environment", "start" und ein "end" danach</translation>
    </message>
    <message>
        <location line="+62" />
        <source>--change: expected the id of a change, got '%1'</source>
        <translation>--change: ID einer Änderung erwartet, erhalten: '%1'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--database: expected a control store URL</source>
        <translation>--database: Kontrollspeicher-URL erwartet</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--change needs a control store: give --database or connect Gatehouse to one</source>
        <translation>--change benötigt einen Kontrollspeicher: geben Sie --database an oder verbinden Sie Gatehouse mit einem</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--database: the URL must not contain a password; set PGPASSWORD or use --password-ref</source>
        <translation>--database: Die URL darf kein Passwort enthalten; PGPASSWORD setzen oder --password-ref verwenden</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--connect-timeout: expected seconds from 1 to 600</source>
        <translation>--connect-timeout: Sekunden von 1 bis 600 erwartet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>control store %1 unreachable: %2</source>
        <translation>Kontrollspeicher %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>control store %1: cannot read the scheduled changes: %2</source>
        <translation>Kontrollspeicher %1: Die geplanten Änderungen können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--change: control store %1 has no change %2</source>
        <translation>--change: Kontrollspeicher %1 enthält keine Änderung %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>control store %1: cannot read the audit log of change %2: %3</source>
        <translation>Kontrollspeicher %1: Audit-Log der Änderung %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+80" />
        <source>--environment is required</source>
        <translation>--environment ist erforderlich</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--integrations (or --workloads) is required</source>
        <translation>--integrations (oder --workloads) ist erforderlich</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--type: '%1' is not one of normal, standard, emergency</source>
        <translation>--type: '%1' ist keiner der Werte normal, standard, emergency</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--format: '%1' is not one of text, json</source>
        <translation>--format: '%1' ist keiner der Werte text, json</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Lists the business calendar of an estate — operating cycles, partner slots, business cycles, freezes, maintenance windows and holidays — expanded over a range.</source>
        <translation>Listet den Geschäftskalender einer Systemlandschaft – Betriebszyklen, Partner-Zeitfenster, Geschäftszyklen, Änderungssperren, Wartungsfenster und Feiertage – über einen Zeitraum aufgelöst auf.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>First day (YYYY-MM-DD) or instant (ISO 8601).</source>
        <translation>Erster Tag (YYYY-MM-DD) oder Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Day after the last (exclusive) or instant.</source>
        <translation>Tag nach dem letzten (exklusiv) oder Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only what concerns this site.</source>
        <translation>Nur, was diesen Standort betrifft.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only what concerns this environment.</source>
        <translation>Nur, was diese Umgebung betrifft.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output format: text (default), json or ics.</source>
        <translation>Ausgabeformat: text (Standard), json oder ics.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--format: '%1' is not one of text, json, ics</source>
        <translation>--format: '%1' ist keiner der Werte text, json, ics</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--from and --to are required</source>
        <translation>--from und --to sind erforderlich</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--from and --to must be dates or ISO 8601 times, --to after --from</source>
        <translation>--from und --to müssen Datumsangaben oder ISO-8601-Zeitpunkte sein, --to nach --from</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--site: unknown site '%1'</source>
        <translation>--site: unbekannter Standort '%1'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--environment: unknown environment '%1'</source>
        <translation>--environment: unbekannte Umgebung '%1'</translation>
    </message>
    <message>
        <location line="+50" />
        <source>impact %1</source>
        <translation>Auswirkung %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 intervals</source>
        <translation>%1 Intervalle</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Checks a change window against the business calendar; exits 0 when it is safe, 1 when something blocks it, 2 on bad input.</source>
        <translation>Prüft ein Änderungsfenster gegen den Geschäftskalender; beendet sich mit 0, wenn es sicher ist, mit 1, wenn etwas es blockiert, und mit 2 bei ungültiger Eingabe.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start of the window, ISO 8601.</source>
        <translation>Beginn des Fensters, ISO 8601.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>--start: '%1' is not an ISO 8601 date-time</source>
        <translation>--start: '%1' ist keine ISO-8601-Datums-/Zeitangabe</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+107" />
        <source>--duration: '%1' is not a positive ISO 8601 duration</source>
        <translation>--duration: '%1' ist keine positive ISO-8601-Dauer</translation>
    </message>
    <message>
        <location line="-82" />
        <source>--change: change %1 has no window; give --start and --duration</source>
        <translation>--change: Änderung %1 hat kein Änderungsfenster; geben Sie --start und --duration an</translation>
    </message>
    <message>
        <location line="+44" />
        <source>safe: %1 has no conflicts</source>
        <translation>sicher: %1 hat keine Konflikte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>safe: %1 has no blocking conflict (%2 discouraged)</source>
        <translation>sicher: %1 hat keinen blockierenden Konflikt (%2 nicht empfohlen)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not safe: %1 has %2 blocking conflict(s)</source>
        <translation>nicht sicher: %1 hat %2 blockierende(n) Konflikt(e)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Finds the earliest windows for a change that nothing blocks, best first, each with its explanation.</source>
        <translation>Findet die frühesten Fenster für eine Änderung, die durch nichts blockiert werden, die besten zuerst, jeweils mit Begründung.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Earliest start, ISO 8601 (default: now).</source>
        <translation>Frühester Beginn, ISO 8601 (Standard: jetzt).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How many windows to propose (default 3).</source>
        <translation>Wie viele Fenster vorgeschlagen werden (Standard 3).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How far ahead to search (default P365D).</source>
        <translation>Wie weit im Voraus gesucht wird (Standard P365D).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>--within: '%1' is not a positive ISO 8601 duration</source>
        <translation>--within: '%1' ist keine positive ISO-8601-Dauer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--after: '%1' is not an ISO 8601 date-time</source>
        <translation>--after: '%1' ist keine ISO-8601-Datums-/Zeitangabe</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--count: expected a number from 1 to 100</source>
        <translation>--count: Zahl von 1 bis 100 erwartet</translation>
    </message>
    <message>
        <location line="+58" />
        <source>no safe window found</source>
        <translation>kein sicheres Fenster gefunden</translation>
    </message>
    <message>
        <location filename="../app/gatecommand.cpp" line="+56" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a JSON array of gate results.</source>
        <translation>%1 ist kein JSON-Array von Gate-Ergebnissen.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: a gate result without "gate".</source>
        <translation>%1: ein Gate-Ergebnis ohne "gate".</translation>
    </message>
    <message>
        <location line="+111" />
        <source>The keychain did not answer for the database password %1; the database was asked without it.</source>
        <translation>Der Schlüsselbund hat für das Datenbankpasswort %1 nicht geantwortet; die Datenbank wurde ohne es abgefragt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The database password %1 could not be read from the keychain (%2); the database was asked without it.</source>
        <translation>Das Datenbankpasswort %1 konnte nicht aus dem Schlüsselbund gelesen werden (%2); die Datenbank wurde ohne es abgefragt.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Prometheus at %1 did not answer within %2 s.</source>
        <translation>Prometheus unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alertmanager at %1 did not answer within %2 s.</source>
        <translation>Alertmanager unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Odoo database %1 on %2:%3 did not answer within %4 s.</source>
        <translation>Die Odoo-Datenbank %1 auf %2:%3 hat nicht innerhalb von %4 s geantwortet.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Application pods are not checked by gatehouse gate (the Environments area watches them).</source>
        <translation>Anwendungs-Pods prüft gatehouse gate nicht (der Bereich Umgebungen überwacht sie).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Evaluates every gate of a change for an environment; exits 0 only when all pass or carry an authorised override.</source>
        <translation>Wertet jedes Gate einer Änderung für eine Umgebung aus; beendet sich nur dann mit 0, wenn alle bestanden sind oder eine autorisierte Übersteuerung haben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The change id.</source>
        <translation>Die ID der Änderung.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The target environment.</source>
        <translation>Die Zielumgebung.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>JSON file with gate results of other areas (window, contracts, drift, backup, alerts, health). Such a gate given here takes precedence over the one evaluated here; backup, alerts and health given here are not polled.</source>
        <translation>JSON-Datei mit Gate-Ergebnissen anderer Bereiche (Fenster, Verträge, Drift, Backup, Alarme, Zustand). Ein hier übergebenes Gate hat Vorrang vor dem hier ausgewerteten; hier übergebene Backup-, Alarm- und Zustands-Gates werden nicht abgefragt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The estate folder: the environment's gates come from its policy; the window (calendar), contracts and drift gates are evaluated here, and backup, alerts and health are judged from one poll of the environment's Prometheus, Alertmanager and Odoo database, as the Changes area does. A source that does not answer leaves its gate unknown.</source>
        <translation>Der Estate-Ordner: Die Gates der Umgebung kommen aus ihrer Richtlinie; Fenster (Kalender), Verträge und Drift werden hier ausgewertet, Backup, Alarme und Zustand nach einer Abfrage von Prometheus, Alertmanager und Odoo-Datenbank der Umgebung beurteilt, wie im Bereich Änderungen. Eine Quelle, die nicht antwortet, lässt ihr Gate unbekannt.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Seconds to wait for the environment's Prometheus, Alertmanager and Odoo database (default 20); a source without an answer by then leaves its gate unknown.</source>
        <translation>Sekunden, die auf Prometheus, Alertmanager und Odoo-Datenbank der Umgebung gewartet wird (Standard 20); eine Quelle ohne Antwort bis dahin lässt ihr Gate unbekannt.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Usage: gatehouse gate --change ID --environment NAME [--estate DIR] [--evidence FILE] [--timeout SECONDS] [--format text|json] [--database URL]</source>
        <translation>Aufruf: gatehouse gate --change ID --environment NAME [--estate DIR] [--evidence DATEI] [--timeout SEKUNDEN] [--format text|json] [--database URL]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--environment: the estate has no environment %1</source>
        <translation>--environment: die Systemlandschaft hat keine Umgebung %1</translation>
    </message>
    <message>
        <location filename="../app/policycommand.cpp" line="+25" />
        <source>Compares the estate's policy with the control store's and applies it.</source>
        <translation>Vergleicht die Richtlinie der Systemlandschaft mit der des Kontrollspeichers und wendet sie an.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>status: exit 1 when the applied policy is not the estate's. apply: apply it (administrators).</source>
        <translation>status: Exit-Code 1, wenn die angewendete Richtlinie nicht die der Systemlandschaft ist. apply: sie anwenden (Administratoren).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The estate folder.</source>
        <translation>Der Ordner der Systemlandschaft.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Usage: gatehouse policy status|apply --estate DIR [--database URL]</source>
        <translation>Aufruf: gatehouse policy status|apply --estate DIR [--database URL]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The control store applies the estate's policy (version %1).</source>
        <translation>Der Kontrollspeicher wendet die Richtlinie der Systemlandschaft an (Version %1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Applied the estate's policy as version %1 (was %2).</source>
        <translation>Richtlinie der Systemlandschaft als Version %1 angewendet (vorher %2).</translation>
    </message>
</context>
<context>
    <name>Gatehouse::App::Common</name>
    <message>
        <location filename="../app/calendarcommand.cpp" line="-751" />
        <source>The estate folder.</source>
        <translation>Der Ordner der Systemlandschaft.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zone to show times in and to read times without an offset in (default: the system zone).</source>
        <translation>Zeitzone, in der Zeiten angezeigt und Zeiten ohne Offset gelesen werden (Standard: die Systemzeitzone).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Language of the output.</source>
        <translation>Sprache der Ausgabe.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::App::ShapeOptions</name>
    <message>
        <location line="+351" />
        <source>The target environment.</source>
        <translation>Die Zielumgebung.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed integrations, comma-separated.</source>
        <translation>Geänderte Integrationen, kommagetrennt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changed workloads, comma-separated.</source>
        <translation>Geänderte Workloads, kommagetrennt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change type: normal (default), standard or emergency.</source>
        <translation>Änderungstyp: normal (Standard), standard oder emergency.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Length of the window, ISO 8601 (PT2H, P1D).</source>
        <translation>Länge des Fensters, ISO 8601 (PT2H, P1D).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>JSON file of other scheduled changes to check overlaps against.</source>
        <translation>JSON-Datei mit anderen geplanten Änderungen, gegen die Überschneidungen geprüft werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::App::StoreSource</name>
    <message>
        <location line="-177" />
        <source>Control store URL (postgresql://user@host:port/db) to read the other scheduled changes from; the password comes from PGPASSWORD or --password-ref. Default: the control store saved in Gatehouse's settings, if any.</source>
        <translation>URL des Kontrollspeichers (postgresql://user@host:port/db), aus dem die übrigen geplanten Änderungen gelesen werden; das Passwort kommt aus PGPASSWORD oder --password-ref. Standard: der in den Einstellungen von Gatehouse gespeicherte Kontrollspeicher, falls vorhanden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keychain reference of the control store password (keychain:SERVICE/ACCOUNT).</source>
        <translation>Schlüsselbund-Referenz des Kontrollspeicher-Passworts (keychain:SERVICE/ACCOUNT).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Seconds to wait for the control store (default 10).</source>
        <translation>Sekunden, die auf den Kontrollspeicher gewartet wird (Standard 10).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The change being planned, by id, read from the control store: its environment, integrations, workloads and type unless given, its window for check-window unless --start is given; a freeze with a recorded override for it does not block it.</source>
        <translation>Die geplante Änderung, per ID aus dem Kontrollspeicher gelesen: ihre Umgebung, Integrationen, Workloads und ihr Typ, sofern nicht angegeben, sowie ihr Änderungsfenster für check-window, sofern --start nicht angegeben ist; ein Freeze mit einer für sie erfassten Übersteuerung blockiert sie nicht.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models</name>
    <message>
        <location filename="../models/prometheusresponse.cpp" line="+33" />
        <source>Prometheus sent an unreadable answer (%1 at byte %2).</source>
        <translation>Prometheus hat eine unlesbare Antwort gesendet (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Prometheus sent an answer that is not a JSON object.</source>
        <translation>Prometheus hat eine Antwort gesendet, die kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Prometheus reported an error without a message.</source>
        <translation>Prometheus hat einen Fehler ohne Meldung gemeldet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Prometheus sent an answer without a status.</source>
        <translation>Prometheus hat eine Antwort ohne Status gesendet.</translation>
    </message>
    <message>
        <location filename="../models/riskscore.cpp" line="+27" />
        <source>Criticality of impacted integrations</source>
        <translation>Kritikalität der betroffenen Integrationen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Proximity to month-end or peak</source>
        <translation>Nähe zum Monatsabschluss oder zu Spitzenzeiten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database migrations</source>
        <translation>Datenbankmigrationen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partners affected</source>
        <translation>Betroffene Partner</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sites affected</source>
        <translation>Betroffene Standorte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>History of similar changes</source>
        <translation>Verlauf ähnlicher Änderungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size of the change</source>
        <translation>Umfang der Änderung</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 critical, %2 high, %3 other impacted integrations</source>
        <translation>%1 kritische, %2 hohe, %3 weitere betroffene Integrationen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the window is inside a business cycle</source>
        <translation>das Fenster liegt innerhalb eines Geschäftszyklus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h to the nearest business cycle</source>
        <translation>%1 h bis zum nächsten Geschäftszyklus</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the change migrates the database</source>
        <translation>die Änderung migriert die Datenbank</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no database migration</source>
        <translation>keine Datenbankmigration</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%n partner(s) affected</source>
        <translation>%n Partner betroffen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%n site(s) affected</source>
        <translation>%n Standort(e) betroffen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 of %2 similar changes failed or were rolled back</source>
        <translation>%1 von %2 ähnlichen Änderungen sind fehlgeschlagen oder wurden zurückgerollt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%n part(s) in scope</source>
        <translation>%n Teil(e) im Umfang</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ChangeRequestModel</name>
    <message>
        <location filename="../models/changerequestmodel.cpp" line="+28" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>In Durchführung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Completed</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location line="+183" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ConflictChecker</name>
    <message>
        <location filename="../models/conflictchecker.cpp" line="+466" />
        <source>unknown environment '%1'</source>
        <translation>unbekannte Umgebung '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown integration '%1'</source>
        <translation>unbekannte Integration '%1'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown workload '%1'</source>
        <translation>unbekannter Workload '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the window must have a start and an end after it</source>
        <translation>das Fenster braucht einen Beginn und ein Ende danach</translation>
    </message>
    <message>
        <location line="+30" />
        <source>only a freeze conflict can be overridden</source>
        <translation>nur ein Konflikt mit einer Änderungssperre kann übersteuert werden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>overriding freeze %1 needs the role %2</source>
        <translation>das Übersteuern der Änderungssperre %1 erfordert die Rolle %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an override needs a reason</source>
        <translation>eine Übersteuerung braucht eine Begründung</translation>
    </message>
    <message>
        <location line="+280" />
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>discouraged</source>
        <translation>nicht empfohlen</translation>
    </message>
    <message>
        <location line="+39" />
        <source>fails</source>
        <translation>fällt aus</translation>
    </message>
    <message>
        <location line="+0" />
        <source>degrades</source>
        <translation>wird beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 %2 through %3</source>
        <translation>%1 %2 bis %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is changed</source>
        <translation>%1 wird geändert</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Partner %1's slot %2 on %3 (%4 viewer time): %5; impact %6, %7.</source>
        <translation>Zeitfenster %2 von Partner %1 am %3 (%4 Ihrer Ortszeit): %5; Auswirkung %6, %7.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Operating cycle %1 at site %2 on %3 (%4 viewer time): %5; impact %6, %7.</source>
        <translation>Betriebszyklus %1 am Standort %2 am %3 (%4 Ihrer Ortszeit): %5; Auswirkung %6, %7.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Business cycle %1 on %2 (%3 viewer time): %4; impact %5, %6.</source>
        <translation>Geschäftszyklus %1 am %2 (%3 Ihrer Ortszeit): %4; Auswirkung %5, %6.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Public holiday %1 at site %2 on %3 (%4 viewer time): few staff on hand; impact %5, %6.</source>
        <translation>Feiertag %1 am Standort %2 am %3 (%4 Ihrer Ortszeit): wenig Personal vor Ort; Auswirkung %5, %6.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Freeze %1 from %2 (%3 viewer time) does not allow %4 changes; overridden by %5 as %6: %7.</source>
        <translation>Freeze %1 ab %2 (Betrachterzeit %3) erlaubt keine Änderungen vom Typ %4; übersteuert von %5 als %6: %7.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Freeze %1 from %2 (%3 viewer time) does not allow %4 changes; %5 (the policy lets nobody override it).</source>
        <translation>Freeze %1 ab %2 (%3 Betrachterzeit) erlaubt keine %4-Änderungen; %5 (die Richtlinie erlaubt niemandem, ihn zu übersteuern).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Freeze %1 from %2 (%3 viewer time) does not allow %4 changes; %5 (override: role %6 with a reason).</source>
        <translation>Änderungssperre %1 ab %2 (%3 Ihrer Ortszeit) erlaubt keine Änderungen vom Typ %4; %5 (Übersteuerung: Rolle %6 mit Begründung).</translation>
    </message>
    <message>
        <location line="+3" />
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+41" />
        <source>Change #%1 on %2 overlaps (%3); %4.</source>
        <translation>Änderung #%1 an %2 überschneidet sich (%3); %4.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change #%1 on %2 overlaps (%3) and also changes %4; %5.</source>
        <translation>Änderung #%1 an %2 überschneidet sich (%3) und ändert auch %4; %5.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Outside every maintenance window for %1-impact changes on %2; discouraged.</source>
        <translation>Außerhalb aller Wartungsfenster für Änderungen mit Auswirkung %1 an %2; nicht empfohlen.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::DiagnosticModel</name>
    <message>
        <location filename="../models/diagnosticmodel.cpp" line="+35" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Location</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::EnvironmentModel</name>
    <message>
        <location filename="../models/environmentmodel.cpp" line="+10" />
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Multi-tenant</source>
        <translation>Multi-Tenant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::GateEvaluation</name>
    <message>
        <location filename="../models/gateevaluation.cpp" line="-155" />
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+2" />
        <source>data contracts</source>
        <translation>Datenverträge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>module drift</source>
        <translation>Modul-Drift</translation>
    </message>
    <message>
        <location line="+2" />
        <source>backup status</source>
        <translation>Backup-Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location line="+2" />
        <source>environment health</source>
        <translation>Zustand der Umgebung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>control store</source>
        <translation>Steuerungsdatenbank</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Not evaluated.</source>
        <translation>Nicht ausgewertet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not evaluated: %1 unavailable</source>
        <translation>nicht ausgewertet: %1 nicht verfügbar</translation>
    </message>
    <message>
        <location line="+16" />
        <source>approved by %1 as %2 under policy version %3</source>
        <translation>genehmigt von %1 als %2 gemäß Richtlinienversion %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The change targets %1, not %2.</source>
        <translation>Die Änderung zielt auf %1, nicht auf %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pre-approved standard change (policy version %1).</source>
        <translation>Vorab genehmigte Standardänderung (Richtlinienversion %1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quorum met under policy version %1.</source>
        <translation>Quorum gemäß Richtlinienversion %1 erreicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The change is not approved (state: %1).</source>
        <translation>Die Änderung ist nicht genehmigt (Status: %1).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 is itself a staging environment.</source>
        <translation>%1 ist selbst eine Staging-Umgebung.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The change names no workload image or module version to verify.</source>
        <translation>Die Änderung nennt kein Workload-Image und keine Modulversion zur Überprüfung.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Infrastructure change: no application artifacts to verify.</source>
        <translation>Infrastrukturänderung: keine Anwendungsartefakte zu überprüfen.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 has not completed in %2</source>
        <translation>%1 wurde in %2 nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 completed in %2 by change %3</source>
        <translation>%1 wurde in %2 durch Änderung %3 abgeschlossen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every artifact completed in staging.</source>
        <translation>Jedes Artefakt wurde in Staging abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 artifacts have not completed in staging.</source>
        <translation>%1 von %2 Artefakten wurden in Staging nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>rollback plan: %1</source>
        <translation>Rollback-Plan: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rollback criterion %1: %2 %3 %4 for %5 s → %6</source>
        <translation>Rollback-Kriterium %1: %2 %3 %4 für %5 s → %6</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The change has no rollback plan.</source>
        <translation>Die Änderung hat keinen Rollback-Plan.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The change has no pre-approved rollback criteria.</source>
        <translation>Die Änderung hat keine vorab genehmigten Rollback-Kriterien.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Migrations without a rollback plan: %1.</source>
        <translation>Migrationen ohne Rollback-Plan: %1.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::GateReport</name>
    <message>
        <location line="+82" />
        <source>(overridden by %1: %2)</source>
        <translation>(übersteuert von %1: %2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change %1 may go to %2.</source>
        <translation>Änderung %1 darf nach %2 ausgerollt werden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change %1 may not go to %2.</source>
        <translation>Änderung %1 darf nicht nach %2 ausgerollt werden.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ImpactModel</name>
    <message>
        <location filename="../models/impactmodel.cpp" line="+14" />
        <source>fails</source>
        <translation>fällt aus</translation>
    </message>
    <message>
        <location line="+0" />
        <source>degrades</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message numerus="yes">
        <location line="+69" />
        <source>Integrations (%n)</source>
        <translation>
            <numerusform>Integrationen (%n)</numerusform>
            <numerusform>Integrationen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Business processes (%n)</source>
        <translation>
            <numerusform>Geschäftsprozesse (%n)</numerusform>
            <numerusform>Geschäftsprozesse (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Partner (%n)</numerusform>
            <numerusform>Partner (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Sites (%n)</source>
        <translation>
            <numerusform>Standorte (%n)</numerusform>
            <numerusform>Standorte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Environments (%n)</source>
        <translation>
            <numerusform>Umgebungen (%n)</numerusform>
            <numerusform>Umgebungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Effect</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Via</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ImpactPath</name>
    <message>
        <location filename="../models/impactanalysis.cpp" line="+17" />
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <location line="+2" />
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <location line="+2" />
        <source>batch</source>
        <translation>batch</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::IntegrationModel</name>
    <message>
        <location filename="../models/integrationmodel.cpp" line="+11" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::KubeEventModel</name>
    <message>
        <location filename="../models/kubeeventmodel.cpp" line="+102" />
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::KubeTableModel</name>
    <message>
        <location filename="../models/kubetablemodel.cpp" line="+78" />
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::Parser</name>
    <message>
        <location filename="../models/icsparser.cpp" line="+63" />
        <source>expected a property name at the start of the line</source>
        <translation>am Zeilenanfang wurde ein Eigenschaftsname erwartet</translation>
    </message>
    <message>
        <location line="+11" />
        <source>parameter of %1 has no value (expected NAME=VALUE)</source>
        <translation>ein Parameter von %1 hat keinen Wert (erwartet NAME=VALUE)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unterminated quoted parameter value in %1</source>
        <translation>nicht abgeschlossener Parameterwert in Anführungszeichen in %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>expected ':' after the property name %1</source>
        <translation>':' nach dem Eigenschaftsnamen %1 erwartet</translation>
    </message>
    <message>
        <location line="+30" />
        <source>unknown time zone '%1' (neither an IANA zone nor a VTIMEZONE with X-LIC-LOCATION)</source>
        <translation>unbekannte Zeitzone '%1' (weder eine IANA-Zone noch eine VTIMEZONE mit X-LIC-LOCATION)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: '%2' is not a DATE (expected YYYYMMDD)</source>
        <translation>%1: '%2' ist kein DATE (erwartet YYYYMMDD)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: '%2' is not a DATE-TIME (expected YYYYMMDDTHHMMSS[Z]) or DATE</source>
        <translation>%1: '%2' ist weder DATE-TIME (erwartet YYYYMMDDTHHMMSS[Z]) noch DATE</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: '%2' is not a valid date or time</source>
        <translation>%1: '%2' ist kein gültiges Datum und keine gültige Uhrzeit</translation>
    </message>
    <message>
        <location line="+69" />
        <source>%1 appears more than once in this VEVENT</source>
        <translation>%1 kommt in diesem VEVENT mehr als einmal vor</translation>
    </message>
    <message>
        <location line="+23" />
        <source>VEVENT has no DTSTART</source>
        <translation>VEVENT hat kein DTSTART</translation>
    </message>
    <message>
        <location line="+4" />
        <source>VEVENT has both DTEND and DURATION; only one is allowed</source>
        <translation>VEVENT hat sowohl DTEND als auch DURATION; nur eines ist erlaubt</translation>
    </message>
    <message>
        <location line="+16" />
        <source>DTEND must have the same value type (DATE or DATE-TIME) as DTSTART</source>
        <translation>DTEND muss denselben Werttyp (DATE oder DATE-TIME) haben wie DTSTART</translation>
    </message>
    <message>
        <location line="+13" />
        <source>DTEND must be after DTSTART</source>
        <translation>DTEND muss nach DTSTART liegen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>DURATION: '%1' is not a positive ISO 8601 duration (e.g. PT1H, P1D)</source>
        <translation>DURATION: '%1' ist keine positive ISO-8601-Dauer (z. B. PT1H, P1D)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>DURATION of an all-day event must be whole days</source>
        <translation>DURATION eines ganztägigen Termins muss aus ganzen Tagen bestehen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>RRULE: '%1' is not a valid recurrence rule</source>
        <translation>RRULE: '%1' ist keine gültige Wiederholungsregel</translation>
    </message>
    <message>
        <location line="+24" />
        <source>VEVENT has no UID</source>
        <translation>VEVENT hat keine UID</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+12" />
        <source>continuation line without a line to continue</source>
        <translation>Fortsetzungszeile ohne fortzusetzende Zeile</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the file is empty; expected BEGIN:VCALENDAR</source>
        <translation>die Datei ist leer; BEGIN:VCALENDAR erwartet</translation>
    </message>
    <message>
        <location line="+27" />
        <source>expected BEGIN:VCALENDAR, found BEGIN:%1</source>
        <translation>BEGIN:VCALENDAR erwartet, BEGIN:%1 gefunden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a second VCALENDAR in the same file is read as well</source>
        <translation>ein zweiter VCALENDAR in derselben Datei wird ebenfalls gelesen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>components nested too deeply</source>
        <translation>Komponenten zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+9" />
        <source>END:%1 without a matching BEGIN</source>
        <translation>END:%1 ohne passendes BEGIN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>END:%1 does not match BEGIN:%2 on line %3</source>
        <translation>END:%1 passt nicht zu BEGIN:%2 in Zeile %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>VTIMEZONE has no TZID</source>
        <translation>VTIMEZONE hat keine TZID</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 outside of BEGIN:VCALENDAR … END:VCALENDAR</source>
        <translation>%1 außerhalb von BEGIN:VCALENDAR … END:VCALENDAR</translation>
    </message>
    <message>
        <location line="+16" />
        <source>BEGIN:%1 is never closed with END:%1</source>
        <translation>BEGIN:%1 wird nie mit END:%1 geschlossen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::PodModel</name>
    <message>
        <location filename="../models/podmodel.cpp" line="+103" />
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IP</source>
        <translation>IP</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::PrometheusResponse</name>
    <message>
        <location filename="../models/prometheusresponse.cpp" line="+70" />
        <source>Prometheus sent a malformed %1 result.</source>
        <translation>Prometheus hat ein fehlerhaftes %1-Ergebnis gesendet.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Prometheus sent a result of type "%1", which Gatehouse cannot show.</source>
        <translation>Prometheus hat ein Ergebnis vom Typ „%1“ gesendet, das Gatehouse nicht anzeigen kann.</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+5" />
        <source>Prometheus sent a malformed series list.</source>
        <translation>Prometheus hat eine fehlerhafte Serienliste gesendet.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+5" />
        <source>Prometheus sent a malformed list of names.</source>
        <translation>Prometheus hat eine fehlerhafte Namensliste gesendet.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::ReplicaSetModel</name>
    <message>
        <location filename="../models/replicasetmodel.cpp" line="+54" />
        <source>&lt;none&gt;</source>
        <translation>&lt;keine&gt;</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ReplicaSet</source>
        <translation>ReplicaSet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Desired</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change cause</source>
        <translation>Änderungsgrund</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::RiskScore</name>
    <message>
        <location filename="../models/riskscore.cpp" line="+103" />
        <source>weights fitted on %n past change(s) (logistic regression)</source>
        <translation>Gewichte an %n früheren Änderung(en) angepasst (logistische Regression)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>default weights (%1 past changes; %2 needed to fit them)</source>
        <translation>Standardgewichte (%1 frühere Änderungen; %2 zum Anpassen nötig)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::SafeWindowFinder</name>
    <message>
        <location filename="../models/safewindowfinder.cpp" line="+136" />
        <source>Inside a preferred maintenance window.</source>
        <translation>Innerhalb eines bevorzugten Wartungsfensters.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outside every preferred maintenance window.</source>
        <translation>Außerhalb aller bevorzugten Wartungsfenster.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No business impact.</source>
        <translation>Keine geschäftliche Auswirkung.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 soft conflict(s), worst impact %2.</source>
        <translation>%1 weiche(r) Konflikt(e), stärkste Auswirkung %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No affected site is in an operating cycle.</source>
        <translation>Kein betroffener Standort befindet sich in einem Betriebszyklus.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 site(s) in an operating cycle.</source>
        <translation>%1 Standort(e) in einem Betriebszyklus.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::SiteModel</name>
    <message>
        <location filename="../models/sitemodel.cpp" line="+64" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Models::WorkloadModel</name>
    <message>
        <location filename="../models/workloadmodel.cpp" line="+45" />
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress deadline exceeded</source>
        <translation>Fortschrittsfrist überschritten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for the new specification to be observed</source>
        <translation>Warten, bis die neue Spezifikation übernommen wird</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rolling out (%1 of %2 updated)</source>
        <translation>Rollout läuft (%1 von %2 aktualisiert)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+93" />
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Desired</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services</name>
    <message>
        <location filename="../services/alertmanagerclient.cpp" line="+82" />
        <source>Alertmanager sent an unreadable %1 list.</source>
        <translation>Alertmanager hat eine unlesbare Liste (%1) gesendet.</translation>
    </message>
    <message>
        <location filename="../services/kubeconfig.cpp" line="+123" />
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::AlertmanagerClient</name>
    <message>
        <location filename="../services/alertmanagerclient.cpp" line="+34" />
        <source>Alertmanager at %1 cannot be reached: %2</source>
        <translation>Alertmanager unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Alertmanager rejected the request: %1</source>
        <translation>Alertmanager hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alertmanager at %1 refused the credentials (HTTP %2).</source>
        <translation>Alertmanager unter %1 hat die Anmeldedaten abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alertmanager at %1 answered HTTP %2: %3</source>
        <translation>Alertmanager unter %1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Change #%1: %2 (window silenced by Gatehouse)</source>
        <translation>Änderung #%1: %2 (Fenster von Gatehouse stummgeschaltet)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+26" />
        <source>silence</source>
        <translation>Stummschaltung</translation>
    </message>
    <message>
        <location line="+67" />
        <source>A silence needs at least one matcher and a window that ends after it starts.</source>
        <translation>Eine Stummschaltung braucht mindestens einen Matcher und ein Fenster, das nach seinem Beginn endet.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Alertmanager created the silence but sent no id.</source>
        <translation>Alertmanager hat die Stummschaltung angelegt, aber keine ID zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ContractChecker</name>
    <message>
        <location filename="../services/contractchecker.cpp" line="+48" />
        <source>There is no environment "%1" in the estate.</source>
        <translation>Die Systemlandschaft enthält keine Umgebung "%1".</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ControlStore</name>
    <message>
        <location filename="../services/controlstore.cpp" line="+234" />
        <source>embedded (%1)</source>
        <translation>eingebettet (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reading the control store password from the keychain…</source>
        <translation>Das Passwort der Steuerungsdatenbank wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+54" />
        <source>no answer in time</source>
        <translation>keine Antwort innerhalb der Frist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot reach the control store at %1: %2</source>
        <translation>Die Steuerungsdatenbank unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+5" />
        <location line="+160" />
        <location line="+9" />
        <location line="+11" />
        <location line="+10" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+9" />
        <location line="+10" />
        <location line="+20" />
        <location line="+10" />
        <location line="+43" />
        <location line="+15" />
        <location line="+30" />
        <location line="+233" />
        <location line="+183" />
        <location line="+10" />
        <location line="+48" />
        <location line="+28" />
        <location line="+16" />
        <location line="+15" />
        <location line="+44" />
        <location line="+18" />
        <location line="+20" />
        <location line="+39" />
        <location line="+15" />
        <location line="+30" />
        <location line="+16" />
        <location line="+20" />
        <source>Text with a NUL character cannot be stored.</source>
        <translation>Text mit einem NUL-Zeichen kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="-1121" />
        <location line="+270" />
        <source>A change needs a window start and end.</source>
        <translation>Eine Änderung braucht einen Beginn und ein Ende des Fensters.</translation>
    </message>
    <message>
        <location line="-268" />
        <location line="+270" />
        <source>Unknown time zone '%1'.</source>
        <translation>Unbekannte Zeitzone '%1'.</translation>
    </message>
    <message>
        <location line="-105" />
        <source>A risk score is between 0 and 100.</source>
        <translation>Eine Risikobewertung liegt zwischen 0 und 100.</translation>
    </message>
    <message>
        <location line="+348" />
        <source>The policy document is not valid JSON: %1</source>
        <translation>Das Richtliniendokument ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No policy has been applied to the control store yet; an administrator must apply the estate's policy.</source>
        <translation>Auf den Kontrollspeicher wurde noch keine Richtlinie angewendet; ein Administrator muss die Richtlinie der Systemlandschaft anwenden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The estate's policy differs from the control store's (version %1); an administrator must apply it.</source>
        <translation>Die Richtlinie der Systemlandschaft weicht von der des Kontrollspeichers (Version %1) ab; ein Administrator muss sie anwenden.</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+16" />
        <source>The policy document is not a JSON object.</source>
        <translation>Das Richtliniendokument ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Break-glass access needs an expiry.</source>
        <translation>Notfallzugriff (Break-Glass) braucht ein Ablaufdatum.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Row %1 is the first row of stripe %2 but claims a predecessor: earlier rows were deleted.</source>
        <translation>Zeile %1 ist die erste Zeile von Strang %2, verweist aber auf einen Vorgänger: Frühere Zeilen wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Stripe %1 ends at row %2, but it has no rows: its rows were deleted.</source>
        <translation>Strang %1 endet bei Zeile %2, hat aber keine Zeilen: Seine Zeilen wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stripe %3 ends at row %1, but its newest row is %2: rows at the end were deleted or added outside the chain.</source>
        <translation>Strang %3 endet bei Zeile %1, aber seine neueste Zeile ist %2: Zeilen am Ende wurden gelöscht oder außerhalb der Kette hinzugefügt.</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Row %1 does not follow row %2: a row between them was deleted, inserted or reordered.</source>
        <translation>Zeile %1 folgt nicht auf Zeile %2: Eine Zeile dazwischen wurde gelöscht, eingefügt oder umsortiert.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Row %1 was altered: its content does not match its hash.</source>
        <translation>Zeile %1 wurde verändert: Der Inhalt stimmt nicht mit dem Hash der Zeile überein.</translation>
    </message>
    <message>
        <location line="+307" />
        <source>The detail of an action must be a JSON object.</source>
        <translation>Das Detail einer Aktion muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+142" />
        <source>Before and after of a rollout action must be JSON objects.</source>
        <translation>Vorher- und Nachher-Zustand einer Rollout-Aktion müssen JSON-Objekte sein.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ControlStoreWorker</name>
    <message>
        <location filename="../services/controlstoreworker.cpp" line="+67" />
        <source>Starting the embedded PostgreSQL server…</source>
        <translation>Der eingebettete PostgreSQL-Server wird gestartet…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Updating the control store schema failed: %1</source>
        <translation>Die Aktualisierung des Schemas der Steuerungsdatenbank ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 — retrying in %2 s</source>
        <translation>%1 – neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The control store is closed.</source>
        <translation>Die Steuerungsdatenbank ist geschlossen.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The connection to the control store was lost while the change was being committed. It may or may not have been saved: reload the list to check before trying again.</source>
        <translation>Die Verbindung zur Steuerungsdatenbank ging verloren, während die Änderung festgeschrieben wurde. Sie wurde möglicherweise gespeichert, möglicherweise nicht: Laden Sie die Liste neu, um dies zu prüfen, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The connection to the control store was lost.</source>
        <translation>Die Verbindung zur Steuerungsdatenbank ging verloren.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The control store could not be reached in time, so the request was not carried out. Check the connection and try again.</source>
        <translation>Die Steuerungsdatenbank war nicht rechtzeitig erreichbar, daher wurde die Anfrage nicht ausgeführt. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The change window must end after it starts.</source>
        <translation>Das Änderungsfenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A change needs a title.</source>
        <translation>Eine Änderung braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A change needs a target environment.</source>
        <translation>Eine Änderung braucht eine Zielumgebung.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A change needs the time zone its window was planned in.</source>
        <translation>Eine Änderung braucht die Zeitzone, in der ihr Fenster geplant wurde.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown change type.</source>
        <translation>Unbekannter Änderungstyp.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown change state.</source>
        <translation>Unbekannter Änderungsstatus.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+8" />
        <source>The control store refused this: %1</source>
        <translation>Die Steuerungsdatenbank hat dies abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The control store was closed before the request could be carried out.</source>
        <translation>Die Steuerungsdatenbank wurde geschlossen, bevor die Anfrage ausgeführt werden konnte.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::EmbeddedPostgres</name>
    <message>
        <location filename="../services/embeddedpostgres.cpp" line="+108" />
        <source>PostgreSQL server programs (initdb, pg_ctl) were not found. Install the 'postgresql' package, or configure a shared control store server.</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl) wurden nicht gefunden. Installieren Sie das Paket 'postgresql', oder konfigurieren Sie einen gemeinsamen Server für die Steuerungsdatenbank.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>%1 did not finish in time</source>
        <translation>%1 wurde nicht rechtzeitig beendet</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+20" />
        <source>Cannot create the folder %1 for the embedded control store.</source>
        <translation>Der Ordner %1 für die eingebettete Steuerungsdatenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Gatehouse runs as root, but the embedded control store needs the unprivileged 'postgres' system user, which does not exist. Run Gatehouse as an ordinary user or configure a shared server.</source>
        <translation>Gatehouse läuft als root, aber die eingebettete Steuerungsdatenbank benötigt den nicht privilegierten Systembenutzer 'postgres', der nicht existiert. Führen Sie Gatehouse als normaler Benutzer aus, oder konfigurieren Sie einen gemeinsamen Server.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The 'postgres' user cannot reach the folder %1 of the embedded control store.</source>
        <translation>Der Benutzer 'postgres' kann nicht auf den Ordner %1 der eingebetteten Steuerungsdatenbank zugreifen.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Creating the embedded PostgreSQL cluster failed: %1</source>
        <translation>Das Anlegen des eingebetteten PostgreSQL-Clusters ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Starting the embedded PostgreSQL server failed: %1
%2</source>
        <translation>Das Starten des eingebetteten PostgreSQL-Servers ist fehlgeschlagen: %1
%2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Preparing the embedded control store database failed: %1</source>
        <translation>Das Vorbereiten der Datenbank der eingebetteten Steuerungsdatenbank ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Stopping the embedded PostgreSQL server failed: %1</source>
        <translation>Das Beenden des eingebetteten PostgreSQL-Servers ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::HealthHttp</name>
    <message>
        <location filename="../services/healthhttp.cpp" line="+53" />
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>No keychain is available to read the credentials %1.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um die Zugangsdaten %1 zu lesen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot read the credentials %1 from the keychain: %2</source>
        <translation>Die Zugangsdaten %1 können nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+67" />
        <source>No answer within the time limit.</source>
        <translation>Keine Antwort innerhalb des Zeitlimits.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeActions</name>
    <message>
        <location filename="../services/kubeactions.cpp" line="+42" />
        <source>Error from server (%1): %2</source>
        <translation>Fehler vom Server (%1): %2</translation>
    </message>
    <message>
        <location line="+198" />
        <source>deployments.apps "%1" is already paused</source>
        <translation>deployments.apps "%1" ist bereits angehalten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deployment.apps/%1 paused</source>
        <translation>deployment.apps/%1 angehalten</translation>
    </message>
    <message>
        <location line="+12" />
        <source>deployments.apps "%1" is not paused</source>
        <translation>deployments.apps "%1" ist nicht angehalten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deployment.apps/%1 resumed</source>
        <translation>deployment.apps/%1 fortgesetzt</translation>
    </message>
    <message>
        <location line="+12" />
        <source>deployments.apps "%1" can't restart paused deployment (run rollout resume first)</source>
        <translation>deployments.apps "%1": ein angehaltenes Deployment kann nicht neu gestartet werden (führen Sie zuerst rollout resume aus)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>deployment.apps/%1 restarted</source>
        <translation>deployment.apps/%1 neu gestartet</translation>
    </message>
    <message>
        <location line="+27" />
        <source>unable to find container named "%1"</source>
        <translation>Container mit dem Namen "%1" nicht gefunden</translation>
    </message>
    <message>
        <location line="+10" />
        <source>deployment.apps/%1 image updated</source>
        <translation>deployment.apps/%1 Image aktualisiert</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Expected replicas to be %1, was %2</source>
        <translation>Erwartet wurden %1 Replikate, es waren %2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>deployment.apps/%1 scaled</source>
        <translation>deployment.apps/%1 skaliert</translation>
    </message>
    <message>
        <location line="+76" />
        <source>you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again</source>
        <translation>ein angehaltenes Deployment kann nicht zurückgerollt werden; setzen Sie es zuerst mit 'kubectl rollout resume' fort und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no rollout history found for deployment "%1"</source>
        <translation>kein Rollout-Verlauf für das Deployment "%1" gefunden</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no last revision to roll back to</source>
        <translation>keine vorherige Revision, auf die zurückgerollt werden kann</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unable to find specified revision %1 in history</source>
        <translation>die angegebene Revision %1 wurde im Verlauf nicht gefunden</translation>
    </message>
    <message>
        <location line="+16" />
        <source>deployment.apps/%1 skipped rollback (current template already matches revision %2)</source>
        <translation>deployment.apps/%1: Rollback übersprungen (die aktuelle Vorlage entspricht bereits Revision %2)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>deployment.apps/%1 rolled back</source>
        <translation>deployment.apps/%1 zurückgerollt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeClient</name>
    <message>
        <location filename="../services/kubeclient.cpp" line="+273" />
        <source>The server's TLS certificate was rejected: %1</source>
        <translation>Das TLS-Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Not connected: no credential for the cluster yet</source>
        <translation>Nicht verbunden: noch keine Anmeldedaten für den Cluster</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The server's answer is not a JSON object</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Resynchronising with the cluster</source>
        <translation>Neusynchronisierung mit dem Cluster</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeClientCredentials</name>
    <message>
        <location filename="../services/kubeclientcredentials.cpp" line="+90" />
        <source>users.user.tokenFile: cannot read %1: %2</source>
        <translation>users.user.tokenFile: %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeClientCredentials::Private</name>
    <message>
        <location line="+27" />
        <source>the credential plugin "%1" could not be started: %2</source>
        <translation>das Credential-Plugin "%1" konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the credential plugin "%1" did not finish within %2 s</source>
        <translation>das Credential-Plugin "%1" wurde nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the credential plugin "%1" failed (exit code %2)%3</source>
        <translation>das Credential-Plugin "%1" ist fehlgeschlagen (Exit-Code %2)%3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the credential plugin "%1" did not print an ExecCredential</source>
        <translation>das Credential-Plugin "%1" hat kein ExecCredential ausgegeben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the credential plugin "%1" answered with apiVersion "%2", expected "%3"</source>
        <translation>das Credential-Plugin "%1" antwortete mit apiVersion "%2", erwartet "%3"</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the credential plugin "%1" gave an unreadable expirationTimestamp</source>
        <translation>das Credential-Plugin "%1" lieferte einen unlesbaren expirationTimestamp</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the credential plugin "%1" gave neither a token nor a client certificate and key</source>
        <translation>das Credential-Plugin "%1" lieferte weder ein Token noch ein Client-Zertifikat mit Schlüssel</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeConfig</name>
    <message>
        <location filename="../services/kubeconfig.cpp" line="+33" />
        <source>the kubeconfig file does not exist</source>
        <translation>die kubeconfig-Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: skipped, the file does not exist</source>
        <translation>%1: übersprungen, die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cannot read the kubeconfig file: %1</source>
        <translation>die kubeconfig-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no kubeconfig file found (looked for %1)</source>
        <translation>keine kubeconfig-Datei gefunden (gesucht: %1)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>control character in the file</source>
        <translation>Steuerzeichen in der Datei</translation>
    </message>
    <message>
        <location line="+11" />
        <source>YAML syntax error: unexpected character at the start of a document</source>
        <translation>YAML-Syntaxfehler: unerwartetes Zeichen am Anfang eines Dokuments</translation>
    </message>
    <message>
        <location line="+6" />
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cannot read YAML: %1</source>
        <translation>YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a kubeconfig holds one YAML document, this file has %1</source>
        <translation>eine kubeconfig enthält ein YAML-Dokument, diese Datei enthält %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected a mapping with clusters, users and contexts</source>
        <translation>Mapping mit clusters, users und contexts erwartet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>expected "Config", found "%1"</source>
        <translation>"Config" erwartet, "%1" gefunden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>expected a mapping with name and %1</source>
        <translation>Mapping mit name und %1 erwartet</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+54" />
        <location line="+24" />
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-70" />
        <location line="+26" />
        <location line="+11" />
        <source>expected a mapping</source>
        <translation>Mapping erwartet</translation>
    </message>
    <message>
        <location line="-27" />
        <source>expected an http(s) URL</source>
        <translation>http(s)-URL erwartet</translation>
    </message>
    <message>
        <location line="+33" />
        <source>expected client.authentication.k8s.io/v1 or v1beta1</source>
        <translation>client.authentication.k8s.io/v1 oder v1beta1 erwartet</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected a list of strings</source>
        <translation>Liste von Zeichenketten erwartet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expected a list of name/value pairs</source>
        <translation>Liste von name/value-Paaren erwartet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>expected a mapping with name and value</source>
        <translation>Mapping mit name und value erwartet</translation>
    </message>
    <message>
        <location line="+16" />
        <source>expected a mapping with cluster and user</source>
        <translation>Mapping mit cluster und user erwartet</translation>
    </message>
    <message>
        <location line="+34" />
        <source>current-context: not set, and no context was named (files: %1)</source>
        <translation>current-context: nicht gesetzt, und es wurde kein Kontext angegeben (Dateien: %1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>contexts: no context named "%1" (files: %2)</source>
        <translation>contexts: kein Kontext mit dem Namen "%1" (Dateien: %2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no cluster named "%1"</source>
        <translation>kein Cluster mit dem Namen "%1"</translation>
    </message>
    <message>
        <location line="+23" />
        <source>no user named "%1"</source>
        <translation>kein Benutzer mit dem Namen "%1"</translation>
    </message>
    <message>
        <location line="+23" />
        <source>a client certificate needs both the certificate and its key</source>
        <translation>ein Client-Zertifikat erfordert sowohl das Zertifikat als auch seinen Schlüssel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot read %1: the file does not exist</source>
        <translation>%1 kann nicht gelesen werden: die Datei existiert nicht</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeConnectionStatus</name>
    <message>
        <location filename="../services/kubeclient.cpp" line="-317" />
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeReflector</name>
    <message>
        <location filename="../services/kubereflector.cpp" line="+121" />
        <source>The list answer is not valid JSON (%1).</source>
        <translation>Die Listenantwort ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <location line="+482" />
        <source>The watch closed at once.</source>
        <translation>Der Watch wurde sofort geschlossen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The watch ended with an error.</source>
        <translation>Der Watch endete mit einem Fehler.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::KubeResponse</name>
    <message>
        <location filename="../services/kubeclient.cpp" line="+14" />
        <source>Unauthorized: the server did not accept the credentials</source>
        <translation>Nicht autorisiert: Der Server hat die Anmeldedaten nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No answer from the server</source>
        <translation>Keine Antwort vom Server</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server answered HTTP %1</source>
        <translation>Der Server antwortete mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ModuleDriftChecker</name>
    <message>
        <location filename="../services/moduledriftchecker.cpp" line="+47" />
        <source>There is no environment "%1" in the estate.</source>
        <translation>In der Landschaft gibt es keine Umgebung „%1“.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::OdooCatalog</name>
    <message>
        <location filename="../services/odoocatalog.cpp" line="+56" />
        <source>Cannot read the Odoo database %1: %2</source>
        <translation>Die Odoo-Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(No password was sent: %1)</source>
        <translation>(Es wurde kein Passwort gesendet: %1)</translation>
    </message>
    <message>
        <location line="+133" />
        <source>The database %1 is not an Odoo database (a table is missing: %2)</source>
        <translation>Die Datenbank %1 ist keine Odoo-Datenbank (eine Tabelle fehlt: %2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The Odoo catalog reader has stopped.</source>
        <translation>Der Odoo-Katalogleser wurde beendet.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::OdooDatabaseTarget</name>
    <message>
        <location filename="../services/odoodatabasetarget.cpp" line="+16" />
        <source>Environment "%1" has no odooDatabase in the estate: nothing to check.</source>
        <translation>Die Umgebung "%1" hat in der Systemlandschaft keine odooDatabase: Es gibt nichts zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::OdooProbes</name>
    <message>
        <location filename="../services/odooprobes.cpp" line="+110" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The Odoo database %1 cannot be reached: %2</source>
        <translation>Die Odoo-Datenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location line="+19" />
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>longest transaction</source>
        <translation>längste Transaktion</translation>
    </message>
    <message>
        <location line="+17" />
        <source>lock waits</source>
        <translation>Sperrwartezeiten</translation>
    </message>
    <message>
        <location line="+30" />
        <source>database size</source>
        <translation>Datenbankgröße</translation>
    </message>
    <message>
        <location line="+4" />
        <source>queue jobs</source>
        <translation>Queue-Jobs</translation>
    </message>
    <message>
        <location line="+17" />
        <source>WAL archiving</source>
        <translation>WAL-Archivierung</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::PrometheusClient</name>
    <message>
        <location filename="../services/prometheusclient.cpp" line="+92" />
        <source>Prometheus at %1 cannot be reached: %2</source>
        <translation>Prometheus unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+184" />
        <location line="+69" />
        <source>Prometheus rejected %1: %2</source>
        <translation>Prometheus hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="-248" />
        <source>Prometheus at %1 refused the credentials (HTTP %2).</source>
        <translation>Prometheus unter %1 hat die Zugangsdaten abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prometheus at %1 answered HTTP %2: %3</source>
        <translation>Prometheus unter %1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prometheus at %1 answered HTTP %2.</source>
        <translation>Prometheus unter %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location line="+189" />
        <source>The range of %1 is empty or its step is not positive.</source>
        <translation>Der Zeitraum von %1 ist leer oder seine Schrittweite ist nicht positiv.</translation>
    </message>
    <message>
        <location line="+107" />
        <source>Prometheus at %1 is not ready (HTTP %2).</source>
        <translation>Prometheus unter %1 ist nicht bereit (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::Reader</name>
    <message>
        <location filename="../services/kubeconfig.cpp" line="-373" />
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="+10" />
        <source>not valid base64</source>
        <translation>kein gültiges Base64</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::ReleaseExecutor</name>
    <message>
        <location filename="../services/releaseexecutor.cpp" line="+62" />
        <source>WAL archiving is off: a restore point could not be used for recovery.</source>
        <translation>WAL-Archivierung ist ausgeschaltet: Ein Wiederherstellungspunkt könnte nicht zur Wiederherstellung genutzt werden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>WAL archiving is failing: %1 failures, last %2 at %3.</source>
        <translation>WAL-Archivierung schlägt fehl: %1 Fehler, zuletzt %2 um %3.</translation>
    </message>
    <message>
        <location line="+293" />
        <source>Started by the executor.</source>
        <translation>Vom Executor gestartet.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Every phase completed.</source>
        <translation>Alle Phasen abgeschlossen.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Rollback resumed after an executor stopped.</source>
        <translation>Rollback fortgesetzt, nachdem ein Executor angehalten wurde.</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+852" />
        <source>Gatehouse has no connection to environment %1.</source>
        <translation>Gatehouse hat keine Verbindung zur Umgebung %1.</translation>
    </message>
    <message>
        <location line="-840" />
        <source>A migration phase needs the Odoo database of %1, which is not configured.</source>
        <translation>Eine Migrationsphase benötigt die Odoo-Datenbank von %1, die nicht konfiguriert ist.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Migration refused: %1</source>
        <translation>Migration abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The restore point could not be created: %1</source>
        <translation>Der Wiederherstellungspunkt konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The changes for %1 could not be started: %2</source>
        <translation>Die Änderungen für %1 konnten nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No change of this release targets %1: nothing approves it there.</source>
        <translation>Keine Änderung dieses Releases zielt auf %1: Dort liegt keine Genehmigung vor.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Gates pass for %1.</source>
        <translation>Gates für %1 bestanden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gates block %1.</source>
        <translation>Gates blockieren %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gates block %1: %2</source>
        <translation>Gates blockieren %1: %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Expected alerts of change %1 silenced for its window.</source>
        <translation>Erwartete Alarme der Änderung %1 für ihr Fenster stummgeschaltet.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>already running</source>
        <translation>läuft bereits</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 on %2 failed: %3</source>
        <translation>%1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Canary of %1</source>
        <translation>Canary von %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rest of the rollout of %1</source>
        <translation>Rest des Rollouts von %1</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The rollout of %1 to %2 made no progress within its deadline: %3. Roll back, or fix it and continue.</source>
        <translation>Der Rollout von %1 auf %2 kam innerhalb seiner Frist nicht voran: %3. Zurückrollen oder beheben und fortsetzen.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Continued: the rollout of %1 goes on.</source>
        <translation>Fortgesetzt: Der Rollout von %1 geht weiter.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Pausing %1 after the canary failed: %2</source>
        <translation>%1 wird pausiert, da der Canary fehlgeschlagen ist: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>First new pods are ready: the canary bakes.</source>
        <translation>Erste neue Pods sind bereit: Der Canary wird beobachtet.</translation>
    </message>
    <message>
        <location line="+133" />
        <source>Paused, a person must decide: %1</source>
        <translation>Pausiert, eine Person muss entscheiden: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused by criterion: %1</source>
        <translation>Durch Kriterium pausiert: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rolled back by criterion: %1</source>
        <translation>Durch Kriterium zurückgerollt: %1</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The change window's silence was removed.</source>
        <translation>Die Stummschaltung des Änderungsfensters wurde entfernt.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Release %1 stopped before it reached this change's environment: %2</source>
        <translation>Release %1 wurde angehalten, bevor es die Umgebung dieser Änderung erreicht hat: %2</translation>
    </message>
    <message>
        <location line="+104" />
        <source>Rolled back by %1: %2</source>
        <translation>Von %1 zurückgerollt: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rolled back.</source>
        <translation>Zurückgerollt.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The rollback failed.</source>
        <translation>Der Rollback ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continued before the executor acted.</source>
        <translation>Fortgesetzt, bevor der Executor eingriff.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was rolling out.</source>
        <translation>Es lief kein Rollout.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paused by %1: %2</source>
        <translation>Von %1 pausiert: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Deployment paused.</source>
        <translation>Deployment pausiert.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pausing the Deployment failed.</source>
        <translation>Das Pausieren des Deployments ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+148" />
        <source>%1 already runs %2, not the release's image.</source>
        <translation>%1 führt bereits %2 aus, nicht das Image des Release.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Release %1: %2</source>
        <translation>Release %1: %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Services::SecretStore</name>
    <message>
        <location filename="../services/secretstore.cpp" line="+29" />
        <source>No secret is stored in the keychain for %1 (or the keyring is locked). Store it in the settings dialog, or unlock the keyring.</source>
        <translation>Für %1 ist kein Geheimnis im Schlüsselbund gespeichert (oder der Schlüsselring ist gesperrt). Speichern Sie es im Einstellungsdialog oder entsperren Sie den Schlüsselring.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Access to the keychain entry %1 was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbundeintrag %1 wurde verweigert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet is running), so %1 cannot be used.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (es läuft kein Secret Service wie GNOME Keyring oder KWallet), daher kann %1 nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The keychain entry %1 could not be deleted.</source>
        <translation>Der Schlüsselbundeintrag %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The keychain could not be read for %1: no Secret Service is running or the keyring is locked. Start and unlock your keyring, then try again.</source>
        <translation>Der Schlüsselbund konnte für %1 nicht gelesen werden: Es läuft kein Secret Service oder der Schlüsselring ist gesperrt. Starten und entsperren Sie Ihren Schlüsselring und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The keychain could not store %1: no Secret Service is running or the keyring is locked. Start and unlock your keyring, then try again.</source>
        <translation>Der Schlüsselbund konnte %1 nicht speichern: Es läuft kein Secret Service oder der Schlüsselring ist gesperrt. Starten und entsperren Sie Ihren Schlüsselring und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(Keychain: %1)</source>
        <translation>(Schlüsselbund: %1)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>'%1' is not a keychain reference; expected keychain:SERVICE/ACCOUNT.</source>
        <translation>'%1' ist kein Schlüsselbund-Verweis; erwartet wird keychain:SERVICE/ACCOUNT.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::AlertsList</name>
    <message>
        <location filename="../ui/alertslist.cpp" line="+49" />
        <source>Silence for this change's window</source>
        <translation>Stummschaltung für das Fenster dieser Änderung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expire silence</source>
        <translation>Stummschaltung beenden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Firing alerts</source>
        <translation>Ausgelöste Alarme</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+12" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Silences for this environment</source>
        <translation>Stummschaltungen für diese Umgebung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Silence %1 created; it ends with the change's window.</source>
        <translation>Stummschaltung %1 angelegt; sie endet mit dem Fenster der Änderung.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Silence %1 expired.</source>
        <translation>Stummschaltung %1 beendet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alertmanager refused: %1</source>
        <translation>Alertmanager hat abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Alertmanager %1: %2. The list shows what it said last%3.</source>
        <translation>Alertmanager %1: %2. Die Liste zeigt den zuletzt gemeldeten Stand%3.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, at %1</source>
        <translation>, um %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for Alertmanager…</source>
        <translation>Warten auf Alertmanager…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No alert is firing.</source>
        <translation>Kein Alarm ist ausgelöst.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 alert(s) firing.</source>
        <translation>%1 Alarm(e) ausgelöst.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location line="+3" />
        <source>inhibited</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+22" />
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Labels: %1
Annotations: %2</source>
        <translation>Labels: %1
Annotationen: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>
Silenced by: %1</source>
        <translation>
Stummgeschaltet durch: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+6" />
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+27" />
        <source>#%1 %2 (%3 – %4)</source>
        <translation>#%1 %2 (%3 – %4)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>no Alertmanager is configured for this environment</source>
        <translation>für diese Umgebung ist kein Alertmanager konfiguriert</translation>
    </message>
    <message>
        <location line="+31" />
        <source>No change of this environment has a window that is still ahead.</source>
        <translation>Keine Änderung dieser Umgebung hat ein Fenster, das noch bevorsteht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Silences every alert of this environment for exactly the chosen change's window.</source>
        <translation>Schaltet alle Alarme dieser Umgebung genau für das Fenster der gewählten Änderung stumm.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::AuditChainIndicator</name>
    <message>
        <location filename="../ui/auditchainindicator.cpp" line="+24" />
        <source>Audit chain: not checked</source>
        <translation>Audit-Kette: nicht geprüft</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The audit chain is checked once the control store is connected.</source>
        <translation>Die Audit-Kette wird geprüft, sobald der Kontrollspeicher verbunden ist.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Audit chain: verifying…</source>
        <translation>Audit-Kette: wird verifiziert…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>⚠ Audit chain: not verified</source>
        <translation>⚠ Audit-Kette: nicht verifiziert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The audit chain could not be verified: %1</source>
        <translation>Die Audit-Kette konnte nicht verifiziert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>✔ Audit chain verified (%n row(s))</source>
        <translation>
            <numerusform>✔ Audit-Kette verifiziert (%n Zeile)</numerusform>
            <numerusform>✔ Audit-Kette verifiziert (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every audit record's hash covers the previous hash and its content: nothing was changed, deleted or reordered.</source>
        <translation>Der Hash jedes Audit-Eintrags umfasst den vorherigen Hash und seinen Inhalt: Nichts wurde geändert, gelöscht oder umsortiert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>✘ Audit chain broken at row %1</source>
        <translation>✘ Audit-Kette in Zeile %1 unterbrochen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::CabAgendaPage</name>
    <message>
        <location filename="../ui/cabagendapage.cpp" line="+58" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+103" />
        <source>⚠ Could not load the agenda: %1</source>
        <translation>⚠ Die Agenda konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>⚡ Emergency — decide now (%n change(s))</source>
        <translation>
            <numerusform>⚡ Notfall — jetzt entscheiden (%n Änderung)</numerusform>
            <numerusform>⚡ Notfall — jetzt entscheiden (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>CAB meeting %1 (%n change(s))</source>
        <translation>
            <numerusform>CAB-Sitzung %1 (%n Änderung)</numerusform>
            <numerusform>CAB-Sitzung %1 (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing needs a decision of the CAB.</source>
        <translation>Nichts erfordert eine Entscheidung des CAB.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) need a decision.</source>
        <translation>
            <numerusform>%n Änderung erfordert eine Entscheidung.</numerusform>
            <numerusform>%n Änderungen erfordern eine Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::CalendarLegend</name>
    <message>
        <location filename="../ui/calendarlegend.cpp" line="+14" />
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Change (stripe = state)</source>
        <translation>Änderung (Streifen = Status)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hard conflict</source>
        <translation>Harter Konflikt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Soft conflict</source>
        <translation>Weicher Konflikt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::CalendarPage</name>
    <message>
        <location filename="../ui/calendarpage.cpp" line="+71" />
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Previous period (Page Up)</source>
        <translation>Vorheriger Zeitraum (Bild auf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Go to today (T)</source>
        <translation>Zu heute wechseln (T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next period (Page Down)</source>
        <translation>Nächster Zeitraum (Bild ab)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Month grid</source>
        <translation>Monatsraster</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bands</source>
        <translation>Bänder</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Which kinds of band to show</source>
        <translation>Welche Arten von Bändern angezeigt werden</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+642" />
        <source>Find next safe window…</source>
        <translation>Nächstes sicheres Fenster suchen…</translation>
    </message>
    <message>
        <location line="-641" />
        <source>Override freeze…</source>
        <translation>Freeze übersteuern…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show one %1 (+/- zoom)</source>
        <translation>Ansicht: %1 (+/- Zoom)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Show the month as a grid of days</source>
        <translation>Den Monat als Raster von Tagen anzeigen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Find the next windows without a hard conflict for the selected change (%1)</source>
        <translation>Die nächsten Fenster ohne harten Konflikt für die ausgewählte Änderung suchen (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export the shown range as PDF (%1)</source>
        <translation>Den angezeigten Bereich als PDF exportieren (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record an override of the freeze that blocks the selected change, with a reason</source>
        <translation>Eine Übersteuerung des Freezes, der die ausgewählte Änderung blockiert, mit Begründung erfassen</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Export calendar as PDF</source>
        <translation>Kalender als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>release-calendar.pdf</source>
        <translation>release-calendar.pdf</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Expanding the business calendar…</source>
        <translation>Geschäftskalender wird aufgelöst…</translation>
    </message>
    <message>
        <location line="+157" />
        <source>Mine — %1</source>
        <translation>Meine — %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+13" />
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location line="+48" />
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>via %1 · %2</source>
        <translation>über %1 · %2</translation>
    </message>
    <message>
        <location line="+163" />
        <source>Override freeze %1…</source>
        <translation>Freeze %1 übersteuern…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No control store is connected.</source>
        <translation>Kein Kontrollspeicher verbunden.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Freeze %1 overridden for #%2; reading the audit log…</source>
        <translation>Freeze %1 für #%2 übersteuert; Audit-Log wird gelesen…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Week %1 · %2 – %3</source>
        <translation>Woche %1 · %2 – %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Q%1 %2 · %3 – %4</source>
        <translation>Q%1 %2 · %3 – %4</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No estate is open.</source>
        <translation>Es ist keine Landschaft geöffnet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Select a change block to see its window and conflicts; drag it to reschedule (Alt+Left/Right with the keyboard).</source>
        <translation>Wählen Sie einen Änderungsblock aus, um sein Fenster und seine Konflikte zu sehen; ziehen Sie ihn, um ihn neu einzuplanen (mit der Tastatur Alt+Links/Rechts).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n conflict(s), %1 blocking: </source>
        <translation>
            <numerusform>%n Konflikt, davon %1 blockierend: </numerusform>
            <numerusform>%n Konflikte, davon %1 blockierend: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>(and %1 more; hover the block for all)</source>
        <translation>(und %1 weitere; zeigen Sie für alle auf den Block)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Freeze %1 overridden by %2 as %3: %4</source>
        <translation>Freeze %1 übersteuert von %2 als %3: %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A freeze blocks this change; a release manager may override it (right-click the block, or Override freeze…).</source>
        <translation>Ein Freeze blockiert diese Änderung; ein Release-Manager kann ihn übersteuern (Rechtsklick auf den Block oder „Freeze übersteuern…“).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Moving #%1 to %2</source>
        <translation>#%1 wird auf %2 verschoben</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No conflicts there.</source>
        <translation>Dort gibt es keine Konflikte.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Blocks:</source>
        <translation>Blockiert durch:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Discouraged:</source>
        <translation>Nicht empfohlen:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Release calendar</source>
        <translation>Release-Kalender</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+28" />
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-19" />
        <source>%1 — release calendar — %2</source>
        <translation>%1 — Release-Kalender — %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::CalendarRescheduleDialog</name>
    <message>
        <location filename="../ui/calendarrescheduledialog.cpp" line="+24" />
        <source>Reschedule</source>
        <translation>Neu einplanen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reschedule #%1</source>
        <translation>#%1 neu einplanen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Move &lt;b&gt;#%1 %2&lt;/b&gt;?</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt; verschieben?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The new window has no conflicts.</source>
        <translation>Das neue Fenster hat keine Konflikte.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>The new window has %n conflict(s), %1 of them blocking:</source>
        <translation>
            <numerusform>Das neue Fenster hat %n Konflikt, davon %1 blockierend:</numerusform>
            <numerusform>Das neue Fenster hat %n Konflikte, davon %1 blockierend:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Blocks:</source>
        <translation>Blockiert durch:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discouraged:</source>
        <translation>Nicht empfohlen:</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::CalendarStyle</name>
    <message>
        <location filename="../ui/calendarstyle.cpp" line="+58" />
        <source>Operating cycle</source>
        <translation>Betriebszyklus</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partner slot</source>
        <translation>Partner-Slot</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Business cycle</source>
        <translation>Geschäftszyklus</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+33" />
        <source>risk critical</source>
        <translation>Risiko kritisch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>risk high</source>
        <translation>Risiko hoch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>risk medium</source>
        <translation>Risiko mittel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>risk low</source>
        <translation>Risiko niedrig</translation>
    </message>
    <message>
        <location line="+57" />
        <source>%1 (all day, %2)</source>
        <translation>%1 (ganztägig, %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 – %2 (all day, %3)</source>
        <translation>%1 – %2 (ganztägig, %3)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ChangeDetailPane</name>
    <message>
        <location filename="../ui/changedetailpane.cpp" line="+94" />
        <source>✔ pass</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✘ fail</source>
        <translation>✘ nicht bestanden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>? unknown</source>
        <translation>? unbekannt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>approve</source>
        <translation>genehmigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record review</source>
        <translation>Nachbetrachtung erfassen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Override gate</source>
        <translation>Gate übersteuern</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+101" />
        <location line="+1" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Evaluated</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <location line="+1" />
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+1" />
        <location line="+1" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Counts</source>
        <translation>Zählt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No change selected</source>
        <translation>Keine Änderung ausgewählt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select a change to see its scope, risk, gates, approvals and audit history.</source>
        <translation>Wählen Sie eine Änderung aus, um Umfang, Risiko, Gates, Genehmigungen und Audit-Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Audit history</source>
        <translation>Audit-Verlauf</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Comment for your decision or action (required to reject, request changes or review)</source>
        <translation>Kommentar zu Ihrer Entscheidung oder Aktion (erforderlich zum Ablehnen, zum Anfordern von Änderungen und für die Nachbetrachtung)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Approve &amp;as:</source>
        <translation>Genehmigen &amp;als:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Assessed &amp;risk:</source>
        <translation>Bewertetes &amp;Risiko:</translation>
    </message>
    <message>
        <location line="+141" />
        <location line="+5" />
        <location line="+5" />
        <location line="+5" />
        <location line="+5" />
        <location line="+5" />
        <location line="+16" />
        <location line="+560" />
        <location line="+6" />
        <location line="+49" />
        <location line="+28" />
        <source>the control store was closed</source>
        <translation>der Kontrollspeicher wurde geschlossen</translation>
    </message>
    <message>
        <location line="-633" />
        <source>Could not load change #%1: %2</source>
        <translation>Änderung #%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Part of the change could not be loaded: %1</source>
        <translation>Ein Teil der Änderung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+125" />
        <source>⚡ Emergency change — the CAB's post-implementation review is due by %1.</source>
        <translation>⚡ Notfalländerung — die Nachbetrachtung des CAB ist bis %1 fällig.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>⚡ Emergency change — approved under the emergency policy and always reviewed by the CAB afterwards.</source>
        <translation>⚡ Notfalländerung — nach der Notfallrichtlinie genehmigt und anschließend immer vom CAB nachbetrachtet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Implementer</source>
        <translation>Umsetzer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not named yet</source>
        <translation>noch nicht benannt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessed risk</source>
        <translation>Bewertetes Risiko</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not assessed yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved under</source>
        <translation>Genehmigt nach</translation>
    </message>
    <message>
        <location line="+0" />
        <source>policy version %1</source>
        <translation>Richtlinienversion %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Post-implementation review</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>recorded by %1 at %2</source>
        <translation>erfasst von %1 am %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outstanding</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workloads and images</source>
        <translation>Workloads und Images</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Odoo modules</source>
        <translation>Odoo-Module</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — pre-checks: %2; lock impact: %3; rollback: %4</source>
        <translation>%1 — Vorabprüfungen: %2; Sperrauswirkung: %3; Rollback: %4</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+40" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-39" />
        <location line="+1" />
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database migrations</source>
        <translation>Datenbankmigrationen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Infrastructure (kept apart from application changes)</source>
        <translation>Infrastruktur (getrennt von Anwendungsänderungen)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rollback plan:</source>
        <translation>Rollback-Plan:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none recorded</source>
        <translation>keiner erfasst</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 %3 %4 for %5 s → %6</source>
        <translation>%1: %2 %3 %4 für %5 s → %6</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rollback criteria</source>
        <translation>Rollback-Kriterien</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unknown: no estate is open, so the dependency graph is not available.</source>
        <translation>Unbekannt: Keine Systemlandschaft geöffnet, daher ist der Abhängigkeitsgraph nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>If it goes wrong, %n integration(s) fail</source>
        <translation>
            <numerusform>Wenn etwas schiefgeht, fällt %n Integration aus</numerusform>
            <numerusform>Wenn etwas schiefgeht, fallen %n Integrationen aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>and %n degrade.</source>
        <translation>
            <numerusform>und %n wird beeinträchtigt.</numerusform>
            <numerusform>und %n werden beeinträchtigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business processes: %1</source>
        <translation>Geschäftsprozesse: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partners: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites: %1</source>
        <translation>Standorte: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Computed risk %1 / 100</source>
        <translation>Berechnetes Risiko %1 / 100</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Without the estate the impact factors count as zero.</source>
        <translation>Ohne Systemlandschaft zählen die Auswirkungsfaktoren als null.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>(overridden)</source>
        <translation>(übersteuert)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Override by %1 at %2: %3</source>
        <translation>Übersteuert von %1 am %2: %3</translation>
    </message>
    <message>
        <location line="+21" />
        <source>void: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Void since %1: %2</source>
        <translation>Ungültig seit %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>counts</source>
        <translation>zählt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No control store is connected.</source>
        <translation>Kein Kontrollspeicher verbunden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The change has not loaded yet.</source>
        <translation>Die Änderung ist noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another action is still running.</source>
        <translation>Eine andere Aktion läuft noch.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not possible while the change is %1.</source>
        <translation>Nicht möglich, solange die Änderung im Status %1 ist.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Only the requester or a release manager may submit it.</source>
        <translation>Nur der Antragsteller oder ein Release-Manager darf sie einreichen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only a CAB member or a release manager may assess changes.</source>
        <translation>Nur ein CAB-Mitglied oder ein Release-Manager darf Änderungen bewerten.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You requested this change: separation of duties forbids approving it.</source>
        <translation>Sie haben diese Änderung beantragt: Die Funktionstrennung verbietet, sie zu genehmigen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You implement this change: separation of duties forbids approving it.</source>
        <translation>Sie setzen diese Änderung um: Die Funktionstrennung verbietet, sie zu genehmigen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You have already approved this change (one person fills one required role).</source>
        <translation>Sie haben diese Änderung bereits genehmigt (eine Person besetzt eine erforderliche Rolle).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You hold none of the roles the policy asks to approve this change.</source>
        <translation>Sie haben keine der Rollen, die die Richtlinie zur Genehmigung dieser Änderung verlangt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The assessed risk %1 exceeds the policy's maximum of %2.</source>
        <translation>Das bewertete Risiko %1 überschreitet das Maximum der Richtlinie von %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You requested this change: separation of duties forbids deciding on it.</source>
        <translation>Sie haben diese Änderung beantragt: Die Funktionstrennung verbietet, darüber zu entscheiden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only a CAB member, business owner or release manager may decide on changes.</source>
        <translation>Nur ein CAB-Mitglied, ein Fachverantwortlicher oder ein Release-Manager darf über Änderungen entscheiden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Say why in the comment first.</source>
        <translation>Begründen Sie es zuerst im Kommentar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only a release manager may schedule changes.</source>
        <translation>Nur ein Release-Manager darf Änderungen einplanen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only the named implementer or a release manager may start it.</source>
        <translation>Nur der benannte Umsetzer oder ein Release-Manager darf sie starten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You approved this change: separation of duties forbids implementing it.</source>
        <translation>Sie haben diese Änderung genehmigt: Die Funktionstrennung verbietet, sie umzusetzen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Only the implementer or a release manager may finish it.</source>
        <translation>Nur der Umsetzer oder ein Release-Manager darf sie abschließen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only emergency changes need a post-implementation review.</source>
        <translation>Nur Notfalländerungen benötigen eine Nachbetrachtung.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The review was already recorded.</source>
        <translation>Die Nachbetrachtung wurde bereits erfasst.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You requested or implemented this change: someone else on the CAB must review it.</source>
        <translation>Sie haben diese Änderung beantragt oder umgesetzt: Ein anderes CAB-Mitglied muss die Nachbetrachtung durchführen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only a CAB member may review emergency changes.</source>
        <translation>Nur ein CAB-Mitglied darf die Nachbetrachtung von Notfalländerungen durchführen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the review's findings in the comment first.</source>
        <translation>Schreiben Sie zuerst die Ergebnisse der Nachbetrachtung in den Kommentar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only a release manager may close changes.</source>
        <translation>Nur ein Release-Manager darf Änderungen schließen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CAB's post-implementation review must be recorded before it is closed.</source>
        <translation>Die Nachbetrachtung des CAB muss erfasst sein, bevor die Änderung geschlossen wird.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Select the gate to override in the gates list.</source>
        <translation>Wählen Sie in der Gate-Liste das zu übersteuernde Gate aus.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The %1 gate passes: there is nothing to override.</source>
        <translation>Das Gate %1 ist bestanden: Es gibt nichts zu übersteuern.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The %1 gate is already overridden.</source>
        <translation>Das Gate %1 ist bereits übersteuert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You requested this change: separation of duties forbids overriding its gates.</source>
        <translation>Sie haben diese Änderung beantragt: Die Funktionstrennung verbietet, ihre Gates zu übersteuern.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The policy for this environment lets nobody override gates.</source>
        <translation>Die Richtlinie für diese Umgebung erlaubt niemandem, Gates zu übersteuern.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only %1 may override gates here.</source>
        <translation>Nur %1 darf hier Gates übersteuern.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write why the gate may be overridden in the comment first.</source>
        <translation>Begründen Sie zuerst im Kommentar, warum das Gate übersteuert werden darf.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write the comment first.</source>
        <translation>Schreiben Sie zuerst den Kommentar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You hold no Gatehouse role.</source>
        <translation>Sie haben keine Gatehouse-Rolle.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>first role still needed</source>
        <translation>erste noch benötigte Rolle</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Refused by the control store: %1</source>
        <translation>Vom Kontrollspeicher abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+73" />
        <source>No change is loaded.</source>
        <translation>Keine Änderung geladen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Another change was selected before the record was written.</source>
        <translation>Eine andere Änderung wurde ausgewählt, bevor der Eintrag geschrieben wurde.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ChangesPage</name>
    <message>
        <location filename="../ui/changespage.cpp" line="+52" />
        <source>&amp;New change…</source>
        <translation>&amp;Neue Änderung…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Filter changes by title, environment, state or requester (Ctrl+F)</source>
        <translation>Änderungen nach Titel, Umgebung, Status oder Antragsteller filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Draft a new change request (Ctrl+N)</source>
        <translation>Einen neuen Änderungsantrag entwerfen (Strg+N)</translation>
    </message>
    <message>
        <location line="-48" />
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export record (PDF)…</source>
        <translation>Änderungsnachweis exportieren (PDF)…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Any state</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs a decision</source>
        <translation>Erfordert Entscheidung</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Any type</source>
        <translation>Beliebiger Typ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Any environment</source>
        <translation>Beliebige Umgebung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A PDF change record for auditors: scope, approvals, gates and the audit chain's verification</source>
        <translation>Ein PDF-Änderungsnachweis für Prüfer: Umfang, Genehmigungen, Gates und die Verifizierung der Audit-Kette</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Change record written</source>
        <translation>Änderungsnachweis geschrieben</translation>
    </message>
    <message>
        <location line="+0" />
        <source>⚠ Change record not written</source>
        <translation>⚠ Änderungsnachweis nicht geschrieben</translation>
    </message>
    <message>
        <location line="+84" />
        <source>⚠ Could not load changes</source>
        <translation>⚠ Änderungen konnten nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52" />
        <source>The control store is not available</source>
        <translation>Die Steuerungsdatenbank ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Loading changes…</source>
        <translation>Änderungen werden geladen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connecting to the control store.</source>
        <translation>Verbindung zur Steuerungsdatenbank wird hergestellt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No changes yet</source>
        <translation>Noch keine Änderungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan a change to an environment: what it touches, when, and its blast radius.</source>
        <translation>Planen Sie eine Änderung an einer Umgebung: was sie berührt, wann, und wie weit ihre Auswirkungen reichen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an estate first: a change targets one of its environments.</source>
        <translation>Öffnen Sie zuerst eine Landschaft: Eine Änderung betrifft eine ihrer Umgebungen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New change…</source>
        <translation>Neue Änderung…</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Saved views…</source>
        <translation>Gespeicherte Ansichten…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Export change record</source>
        <translation>Änderungsnachweis exportieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change-%1-record.pdf</source>
        <translation>change-%1-record.pdf</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Writing the change record…</source>
        <translation>Änderungsnachweis wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="+58" />
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <location line="+146" />
        <location line="+336" />
        <source>Point at the chart to read values.</source>
        <translation>Zeigen Sie auf das Diagramm, um Werte abzulesen.</translation>
    </message>
    <message>
        <location line="-246" />
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <location line="+154" />
        <source>Data %1: %2.</source>
        <translation>Daten %1: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Showing the last good data, from %1 (%2).</source>
        <translation>Die letzten gültigen Daten werden angezeigt, von %1 (%2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No data was received yet.</source>
        <translation>Es wurden noch keine Daten empfangen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+77" />
        <location line="+103" />
        <source>No data in this time range.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="-52" />
        <source>ratio (1 = 100 %)</source>
        <translation>Verhältnis (1 = 100 %)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location line="+4" />
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ChartPanelModel</name>
    <message>
        <location filename="../ui/chartpanelmodel.cpp" line="+135" />
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lowest</source>
        <translation>Niedrigster</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Highest</source>
        <translation>Höchster</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="+29" />
        <source>&amp;Just me: keep changes in a private store on this computer</source>
        <translation>&amp;Nur ich: Änderungen in einem privaten Speicher auf diesem Computer halten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Shared: connect to my team's Gatehouse server</source>
        <translation>&amp;Gemeinsam: mit dem Gatehouse-Server meines Teams verbinden</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Connect Gatehouse</source>
        <translation>Gatehouse verbinden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gatehouse keeps change requests, approvals and the audit log in a control store. Work alone, or join your CAB on a shared server where everyone logs in as themselves.</source>
        <translation>Gatehouse verwaltet Änderungsanträge, Genehmigungen und das Audit-Log in einem Kontrollspeicher. Arbeiten Sie allein oder schließen Sie sich Ihrem CAB auf einem gemeinsamen Server an, auf dem sich jede Person mit eigenem Konto anmeldet.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The server's address, without user or password.</source>
        <translation>Die Adresse des Servers, ohne Benutzer oder Passwort.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>your login, e.g. alice</source>
        <translation>Ihr Anmeldename, z. B. alice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stored in your system keychain, never in Gatehouse's settings.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in den Einstellungen von Gatehouse.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your password is kept in the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and nowhere else.</source>
        <translation>Ihr Passwort wird im Schlüsselbund des Systems (GNOME Keyring, KWallet, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung) aufbewahrt und nirgendwo sonst.</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+109" />
        <location line="+17" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="-61" />
        <source>Enter the server's URL.</source>
        <translation>Geben Sie die URL des Servers ein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The URL must look like postgresql://host:port/database.</source>
        <translation>Die URL muss die Form postgresql://host:port/database haben.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave the password out of the URL: it goes to the keychain.</source>
        <translation>Lassen Sie das Passwort aus der URL weg: Es kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter your login.</source>
        <translation>Geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No keychain is available, so the password cannot be stored. Gatehouse never keeps passwords in plain text.</source>
        <translation>Kein Schlüsselbund verfügbar, daher kann das Passwort nicht gespeichert werden. Gatehouse speichert Passwörter nie im Klartext.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Storing password…</source>
        <translation>Passwort wird gespeichert…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your password could not be stored in the system keychain, so nothing was saved. Gatehouse never keeps passwords in plain text.
%1
Unlock your keyring (or start a Secret Service such as GNOME Keyring) and try again, or choose the private store.</source>
        <translation>Ihr Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden, daher wurde nichts gespeichert. Gatehouse speichert Passwörter nie im Klartext.
%1
Entsperren Sie Ihren Schlüsselbund (oder starten Sie einen Secret Service wie GNOME Keyring) und versuchen Sie es erneut, oder wählen Sie den privaten Speicher.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The keychain did not answer; nothing was saved.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ContractsPage</name>
    <message>
        <location filename="../ui/contractspage.cpp" line="+27" />
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data contracts</source>
        <translation>Datenverträge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Module drift</source>
        <translation>Modul-Drift</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ContractsPanel</name>
    <message>
        <location filename="../ui/contractspanel.cpp" line="+44" />
        <source>Check contracts</source>
        <translation>Verträge prüfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Read the environment's Odoo database and check every contract (F5)</source>
        <translation>Die Odoo-Datenbank der Umgebung lesen und jeden Vertrag prüfen (F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integration / finding</source>
        <translation>Integration / Befund</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contract line</source>
        <translation>Vertragszeile</translation>
    </message>
    <message>
        <location line="+95" />
        <source>Choose an environment to check its integrations' data contracts.</source>
        <translation>Wählen Sie eine Umgebung, um die Datenverträge ihrer Integrationen zu prüfen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Checking the data contracts of %1…</source>
        <translation>Datenverträge von %1 werden geprüft…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Data contracts of %1 have not been checked yet.</source>
        <translation>Die Datenverträge von %1 wurden noch nicht geprüft.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Checked %1 against %2.</source>
        <translation>%1 gegen %2 geprüft.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Broken</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Breaks</source>
        <translation>Verletzung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::DependenciesPage</name>
    <message>
        <location filename="../ui/dependenciespage.cpp" line="+77" />
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Umkreis</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F&amp;it</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fit the graph in the view (F)</source>
        <translation>Den Graphen in die Ansicht einpassen (F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export S&amp;VG…</source>
        <translation>S&amp;VG exportieren…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the whole graph as an SVG drawing</source>
        <translation>Den gesamten Graphen als SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;PNG…</source>
        <translation>&amp;PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the whole graph as a PNG image</source>
        <translation>Den gesamten Graphen als PNG-Bild speichern</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Find an integration by name, kind or owner (Ctrl+F, Enter for next)</source>
        <translation>Eine Integration nach Name, Art oder Verantwortlichem suchen (Strg+F, Eingabe für nächste)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Draw only the integrations a few hops around the selection or the change</source>
        <translation>Nur die Integrationen zeichnen, die wenige Schritte um die Auswahl oder die Änderung liegen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Hops:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Change:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+98" />
        <source>No change selected</source>
        <translation>Keine Änderung ausgewählt</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+32" />
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+164" />
        <source>Laying out %n integration(s)…</source>
        <translation>
            <numerusform>%n Integration wird angeordnet…</numerusform>
            <numerusform>%n Integrationen werden angeordnet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>Drawing %n integration(s)…</source>
        <translation>
            <numerusform>%n Integration wird gezeichnet…</numerusform>
            <numerusform>%n Integrationen werden gezeichnet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37" />
        <source>No estate is open.</source>
        <translation>Es ist keine Landschaft geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n Integration</numerusform>
            <numerusform>%n Integrationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 dependency</source>
        <translation>1 Abhängigkeit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 dependencies</source>
        <translation>%1 Abhängigkeiten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>showing %1 within %2 hops of the selection</source>
        <translation>%1 im Umkreis von %2 Schritten um die Auswahl angezeigt</translation>
    </message>
    <message>
        <location line="+31" />
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Select an integration to see what it depends on (upstream), what depends on it (downstream), and the processes, partners and sites they carry.</source>
        <translation>Wählen Sie eine Integration aus, um zu sehen, wovon sie abhängt (vorgelagert), was von ihr abhängt (nachgelagert) und welche Prozesse, Partner und Standorte sie tragen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pick a change to see its blast radius: what fails, what degrades, and why.</source>
        <translation>Wählen Sie eine Änderung, um ihren Auswirkungsradius zu sehen: was ausfällt, was beeinträchtigt wird und warum.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open an estate to see its integration graph.</source>
        <translation>Öffnen Sie eine Landschaft, um ihren Integrationsgraphen zu sehen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 · %2 · owned by %3</source>
        <translation>%1 · %2 · verantwortlich: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Success rate: %1%</source>
        <translation>Erfolgsquote: %1%</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(stale)</source>
        <translation>(veraltet)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Data contract: %1</source>
        <translation>Datenvertrag: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Processes:</source>
        <translation>Prozesse:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Partners:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites:</source>
        <translation>Standorte:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Upstream: it depends on</source>
        <translation>Vorgelagert: sie hängt ab von</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Downstream: depends on it</source>
        <translation>Nachgelagert: hängt von ihr ab</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Change #%1: %2</source>
        <translation>Änderung #%1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>✖ %1 fail · ⚠ %2 degrade (of %3 integrations)</source>
        <translation>✖ %1 fallen aus · ⚠ %2 beeinträchtigt (von %3 Integrationen)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not in the estate: %1</source>
        <translation>Nicht in der Landschaft: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Why the selection is affected:</source>
        <translation>Warum die Auswahl betroffen ist:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Affected integrations</source>
        <translation>Betroffene Integrationen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>fails</source>
        <translation>fällt aus</translation>
    </message>
    <message>
        <location line="+0" />
        <source>degrades</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+19" />
        <source>There is no graph to export yet.</source>
        <translation>Es gibt noch keinen Graphen zum Exportieren.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Integration dependencies</source>
        <translation>Integrationsabhängigkeiten</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+20" />
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export SVG</source>
        <translation>SVG exportieren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::DiagnosticsPanel</name>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="+67" />
        <source>No problems in the estate.</source>
        <translation>Keine Probleme in der Landschaft.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>double-click an entry or press Enter to jump to it.</source>
        <translation>doppelklicken Sie auf einen Eintrag oder drücken Sie die Eingabetaste, um dorthin zu springen.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::DriftView</name>
    <message>
        <location filename="../ui/driftview.cpp" line="+25" />
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Explained</source>
        <translation>Erklärt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Pick two environments and compare their Odoo modules.</source>
        <translation>Wählen Sie zwei Umgebungen aus und vergleichen Sie ihre Odoo-Module.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Reading the modules of %1 and %2…</source>
        <translation>Die Module von %1 und %2 werden gelesen…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Missing in %1</source>
        <translation>Fehlt in %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only in %1</source>
        <translation>Nur in %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Different version</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Explained by the change</source>
        <translation>Durch die Änderung erklärt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not explained</source>
        <translation>Nicht erklärt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentDetailPane</name>
    <message>
        <location filename="../ui/environmentdetailpane.cpp" line="+31" />
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Multi-tenant</source>
        <translation>Multi-Tenant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+109" />
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <location line="-78" />
        <source>No environment selected</source>
        <translation>Keine Umgebung ausgewählt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Select an environment to see its workloads, database and monitoring.</source>
        <translation>Wählen Sie eine Umgebung aus, um ihre Workloads, ihre Datenbank und ihre Überwachung zu sehen.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Press Enter or double-click to show the integration a workload runs.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um die Integration anzuzeigen, die ein Workload ausführt.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 environment, %2 hosting</source>
        <translation>Umgebung: %1, Hosting: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites served</source>
        <translation>Bediente Standorte</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+15" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>context %1, namespace %2</source>
        <translation>Kontext %1, Namespace %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(current)</source>
        <translation>(aktueller)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <source>Odoo database</source>
        <translation>Odoo-Datenbank</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 on %2:%3</source>
        <translation>%1 auf %2:%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sslmode %1</source>
        <translation>sslmode %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+2" />
        <source>stored in the keychain as %1</source>
        <translation>im Schlüsselbund gespeichert als %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>&amp;Workloads (%n)</source>
        <translation>
            <numerusform>&amp;Workloads (%n)</numerusform>
            <numerusform>&amp;Workloads (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n replica(s) in all</source>
        <translation>
            <numerusform>%n Replikat insgesamt</numerusform>
            <numerusform>%n Replikate insgesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentDetailView</name>
    <message>
        <location filename="../ui/environmentdetailview.cpp" line="+36" />
        <source>Ingress p95 latency</source>
        <translation>Ingress-Latenz p95</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ingress 5xx ratio</source>
        <translation>Ingress-5xx-Anteil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue depth (jobs waiting)</source>
        <translation>Warteschlangentiefe (wartende Jobs)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oldest waiting job</source>
        <translation>Ältester wartender Job</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PostgreSQL replication lag</source>
        <translation>PostgreSQL-Replikationsverzögerung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redis memory used</source>
        <translation>Redis-Speicherbelegung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redis hit ratio</source>
        <translation>Redis-Trefferquote</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integration success ratio</source>
        <translation>Integrations-Erfolgsquote</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business throughput</source>
        <translation>Geschäftsdurchsatz</translation>
    </message>
    <message>
        <location line="+28" />
        <source>EDI %1</source>
        <translation>EDI %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Labels %1</source>
        <translation>Etiketten %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payments %1</source>
        <translation>Zahlungen %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Orders confirmed</source>
        <translation>Bestätigte Aufträge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pickings validated</source>
        <translation>Validierte Kommissionierungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Labels printed</source>
        <translation>Gedruckte Etiketten</translation>
    </message>
    <message>
        <location line="+28" />
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show the last %1</source>
        <translation>Die letzten %1 anzeigen</translation>
    </message>
    <message>
        <location line="+37" />
        <source>PostgreSQL now</source>
        <translation>PostgreSQL jetzt</translation>
    </message>
    <message>
        <location line="+197" />
        <source>No Prometheus is configured for this environment.</source>
        <translation>Für diese Umgebung ist kein Prometheus konfiguriert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no Prometheus is configured for this environment (spec.prometheus.url)</source>
        <translation>für diese Umgebung ist kein Prometheus konfiguriert (spec.prometheus.url)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Prometheus: fresh, updated %1</source>
        <translation>Prometheus: aktuell, aktualisiert %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <location line="+49" />
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No Odoo database is configured for this environment.</source>
        <translation>Für diese Umgebung ist keine Odoo-Datenbank konfiguriert.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database %1: %2</source>
        <translation>Datenbank %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fresh, probed at %1</source>
        <translation>Aktuell, abgefragt um %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No answer from the database yet.</source>
        <translation>Noch keine Antwort von der Datenbank.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Standby %1</source>
        <translation>Standby %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, replay lag %2</source>
        <translation>%1, Replay-Verzögerung %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest transaction</source>
        <translation>Längste Transaktion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none open</source>
        <translation>keine offen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting on locks</source>
        <translation>Wartend auf Sperren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database size</source>
        <translation>Datenbankgröße</translation>
    </message>
    <message>
        <location line="+2" />
        <source>queue_job</source>
        <translation>queue_job</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 stuck, oldest waiting %2</source>
        <translation>%1 hängen, ältester wartet seit %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>WAL archiving</source>
        <translation>WAL-Archivierung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 archived, %2 failed</source>
        <translation>%1 archiviert, %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentsHealthPoller</name>
    <message>
        <location filename="../ui/environmentshealthpoller.cpp" line="+213" />
        <source>No Prometheus is configured for this environment (spec.prometheus.url).</source>
        <translation>Für diese Umgebung ist kein Prometheus konfiguriert (spec.prometheus.url).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No Alertmanager is configured for this environment (spec.alertmanager.url).</source>
        <translation>Für diese Umgebung ist kein Alertmanager konfiguriert (spec.alertmanager.url).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No Odoo database is configured for this environment (spec.odooDatabase).</source>
        <translation>Für diese Umgebung ist keine Odoo-Datenbank konfiguriert (spec.odooDatabase).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Waiting for the Kubernetes client.</source>
        <translation>Warten auf den Kubernetes-Client.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>No replicas wanted (scaled to zero).</source>
        <translation>Keine Replikate gewünscht (auf null skaliert).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 of %2 ready</source>
        <translation>%1 von %2 bereit</translation>
    </message>
    <message>
        <location line="+171" />
        <source>No ingress data.</source>
        <translation>Keine Ingress-Daten.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>p95 %1, 5xx %2</source>
        <translation>p95 %1, 5xx %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No Redis data.</source>
        <translation>Keine Redis-Daten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Redis is down.</source>
        <translation>Redis ist ausgefallen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>memory %1 of max, hit ratio %2</source>
        <translation>Speicher %1 des Maximums, Trefferquote %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No queue_job data.</source>
        <translation>Keine queue_job-Daten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a job has been running for %1 (stuck)</source>
        <translation>ein Job läuft seit %1 (hängt)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 waiting, oldest %2</source>
        <translation>%1 wartend, ältester %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>EDI %1</source>
        <translation>EDI %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>labels %1</source>
        <translation>Etiketten %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>payments %1</source>
        <translation>Zahlungen %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No integration data.</source>
        <translation>Keine Integrationsdaten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 flows, lowest %2 (%3)</source>
        <translation>%1 Flüsse, niedrigster %2 (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 flows below 98 %, lowest %3 (%4)</source>
        <translation>%1 von %2 Flüssen unter 98 %, niedrigster %3 (%4)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No backup has ever succeeded.</source>
        <translation>Noch nie war eine Sicherung erfolgreich.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No backup data.</source>
        <translation>Keine Sicherungsdaten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>last good backup %1 ago (RPO 26 h)</source>
        <translation>letzte gültige Sicherung vor %1 (RPO 26 h)</translation>
    </message>
    <message>
        <location line="+84" />
        <source>None firing</source>
        <translation>Keine ausgelöst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 firing, %2 critical</source>
        <translation>%1 ausgelöst, %2 kritisch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 firing</source>
        <translation>%1 ausgelöst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, %1 silenced</source>
        <translation>, %1 stummgeschaltet</translation>
    </message>
    <message>
        <location line="+71" />
        <source>No answer from the database yet.</source>
        <translation>Noch keine Antwort von der Datenbank.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>connections %1/%2</source>
        <translation>Verbindungen %1/%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>replication lag %1</source>
        <translation>Replikationsverzögerung %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 waiting on locks</source>
        <translation>%1 warten auf Sperren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a transaction open for %1</source>
        <translation>eine Transaktion offen seit %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>WAL archiving failing</source>
        <translation>WAL-Archivierung schlägt fehl</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentsOverviewModel</name>
    <message>
        <location filename="../ui/environmentsoverviewmodel.cpp" line="+140" />
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Application pods</source>
        <translation>Anwendungs-Pods</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Firing alerts</source>
        <translation>Ausgelöste Alarme</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 (%2 since %3)</source>
        <translation>%1 (%2 seit %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EnvironmentsPage</name>
    <message>
        <location filename="../ui/environmentspage.cpp" line="+60" />
        <source>No environments</source>
        <translation>Keine Umgebungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an estate whose folder defines environments (kind: Environment) to see their health.</source>
        <translation>Öffnen Sie eine Landschaft, deren Ordner Umgebungen definiert (kind: Environment), um deren Zustand zu sehen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ask every source now (%1)</source>
        <translation>Alle Quellen jetzt abfragen (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wall board</source>
        <translation>Wandanzeige</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Full screen, large type, cycling through the environments (F11; Esc leaves)</source>
        <translation>Vollbild, große Schrift, wechselt durch die Umgebungen (F11; Esc zum Verlassen)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Environment health</source>
        <translation>Zustand der Umgebungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double-click a card (or press Enter) for the environment's charts and alerts.</source>
        <translation>Doppelklicken Sie auf eine Karte (oder drücken Sie die Eingabetaste), um die Diagramme und Alarme der Umgebung zu sehen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>← All environments</source>
        <translation>← Alle Umgebungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the overview (%1)</source>
        <translation>Zurück zur Übersicht (%1)</translation>
    </message>
    <message>
        <location line="+133" />
        <source>&lt;b&gt;Prometheus is not configured.&lt;/b&gt; Charts and the Redis, ingress, queue, integration and backup statuses come from it. Name each environment's Prometheus in the estate (&lt;code&gt;spec.prometheus.url&lt;/code&gt;).</source>
        <translation>&lt;b&gt;Prometheus ist nicht konfiguriert.&lt;/b&gt; Die Diagramme sowie die Status von Redis, Ingress, Warteschlangen, Integrationen und Sicherungen stammen von dort. Geben Sie den Prometheus jeder Umgebung in der Landschaft an (&lt;code&gt;spec.prometheus.url&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Prometheus is not installed on this computer either (Debian package &lt;code&gt;prometheus&lt;/code&gt;).</source>
        <translation>Prometheus ist auch auf diesem Computer nicht installiert (Debian-Paket &lt;code&gt;prometheus&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Prometheus at %1 does not answer, and it is not installed on this computer.&lt;/b&gt; Install the Debian package &lt;code&gt;prometheus&lt;/code&gt; or point the estate at your Prometheus.</source>
        <translation>&lt;b&gt;Prometheus unter %1 antwortet nicht und ist auf diesem Computer nicht installiert.&lt;/b&gt; Installieren Sie das Debian-Paket &lt;code&gt;prometheus&lt;/code&gt; oder verweisen Sie die Landschaft auf Ihren Prometheus.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&lt;b&gt;Alertmanager is not configured.&lt;/b&gt; Firing alerts and silences come from it. Name each environment's Alertmanager in the estate (&lt;code&gt;spec.alertmanager.url&lt;/code&gt;).</source>
        <translation>&lt;b&gt;Alertmanager ist nicht konfiguriert.&lt;/b&gt; Ausgelöste Alarme und Stummschaltungen stammen von dort. Geben Sie den Alertmanager jeder Umgebung in der Landschaft an (&lt;code&gt;spec.alertmanager.url&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alertmanager is not installed on this computer either (Debian package &lt;code&gt;prometheus-alertmanager&lt;/code&gt;).</source>
        <translation>Alertmanager ist auch auf diesem Computer nicht installiert (Debian-Paket &lt;code&gt;prometheus-alertmanager&lt;/code&gt;).</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::EstatePage</name>
    <message>
        <location filename="../ui/estatepage.cpp" line="+126" />
        <source>Search integrations by name, owner, process or partner (Ctrl+F)</source>
        <translation>Integrationen nach Name, Verantwortlichem, Prozess oder Partner durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>C&amp;riticality:</source>
        <translation>&amp;Kritikalität:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+61" />
        <source>&amp;Integrations</source>
        <translation>&amp;Integrationen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sites</source>
        <translation>&amp;Standorte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En&amp;vironments</source>
        <translation>&amp;Umgebungen</translation>
    </message>
    <message>
        <location line="+70" />
        <source>No estate open</source>
        <translation>Keine Landschaft geöffnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An estate is the folder of YAML files that describes your sites, environments, integrations, calendars and policies. Open one to see it here.</source>
        <translation>Eine Landschaft ist der Ordner mit YAML-Dateien, der Ihre Standorte, Umgebungen, Integrationen, Kalender und Richtlinien beschreibt. Öffnen Sie eine, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open estate…</source>
        <translation>Landschaft öffnen…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Loading the estate…</source>
        <translation>Landschaft wird geladen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading and validating every YAML file in %1.</source>
        <translation>Jede YAML-Datei in %1 wird gelesen und geprüft.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The estate has errors</source>
        <translation>Die Landschaft enthält Fehler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 could not be loaded. Fix the errors listed in the Estate errors panel; the estate reloads as soon as its files change.</source>
        <translation>%1 konnte nicht geladen werden. Beheben Sie die im Bereich „Landschaftsfehler“ aufgeführten Fehler; die Landschaft wird neu geladen, sobald sich ihre Dateien ändern.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <location line="+47" />
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message numerus="yes">
        <location line="+43" />
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n Integration</numerusform>
            <numerusform>%n Integrationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::FreezeOverrideDialog</name>
    <message>
        <location filename="../ui/freezeoverridedialog.cpp" line="+27" />
        <source>Override freeze</source>
        <translation>Freeze übersteuern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Override freeze %1 for #%2</source>
        <translation>Freeze %1 für #%2 übersteuern</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Freeze:</source>
        <translation>Freeze:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>#%1 %2 on %3 (%4 change)</source>
        <translation>#%1 %2 in %3 (Änderung vom Typ %4)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Recorded with the role:</source>
        <translation>Erfasst mit der Rolle:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The override and its reason go into the audit log; the control store refuses it unless you hold this role.</source>
        <translation>Die Übersteuerung und ihre Begründung werden im Audit-Log erfasst; der Kontrollspeicher lehnt sie ab, wenn Sie diese Rolle nicht haben.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;Begründung (erforderlich):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Why this change cannot wait until the freeze ends</source>
        <translation>Warum diese Änderung nicht bis zum Ende des Freezes warten kann</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No control store is connected: an override cannot be recorded.</source>
        <translation>Kein Kontrollspeicher verbunden: Eine Übersteuerung kann nicht erfasst werden.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Recording the override…</source>
        <translation>Übersteuerung wird erfasst…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Accepted: freeze %1 is overridden for #%2 and recorded in the audit log.</source>
        <translation>Angenommen: Freeze %1 ist für #%2 übersteuert und im Audit-Log erfasst.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Refused by the control store: %1</source>
        <translation>Vom Kontrollspeicher abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The control store did not answer.</source>
        <translation>Der Kontrollspeicher hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::GateSources</name>
    <message>
        <location filename="../ui/gatesources.cpp" line="+27" />
        <source>%1 is stale: %2</source>
        <translation>%1 ist veraltet: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is unreachable: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 has not answered yet.</source>
        <translation>%1 hat noch nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Not configured for %1.</source>
        <translation>Für %1 nicht konfiguriert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No answer for %1 yet.</source>
        <translation>Noch keine Antwort für %1.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is critical in %2.</source>
        <translation>%1 ist in %2 kritisch.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No health data for %1 yet.</source>
        <translation>Noch keine Zustandsdaten für %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing is critical in %1.</source>
        <translation>In %1 ist nichts kritisch.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::GraphLegend</name>
    <message>
        <location filename="../ui/graphlegend.cpp" line="+17" />
        <source>An arrow points from an integration to the one that depends on it: the way a failure travels.</source>
        <translation>Ein Pfeil zeigt von einer Integration auf diejenige, die von ihr abhängt: der Weg, den ein Ausfall nimmt.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <location line="+1" />
        <source>async</source>
        <translation>asynchron</translation>
    </message>
    <message>
        <location line="+1" />
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>◀ upstream</source>
        <translation>◀ vorgelagert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>downstream ▶</source>
        <translation>nachgelagert ▶</translation>
    </message>
    <message>
        <location line="+2" />
        <source>● changed</source>
        <translation>● geändert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>✖ fails</source>
        <translation>✖ fällt aus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>⚠ degrades</source>
        <translation>⚠ beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>♥ success rate   ✓/✗/? data contract</source>
        <translation>♥ Erfolgsquote   ✓/✗/? Datenvertrag</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::GraphView</name>
    <message>
        <location filename="../ui/graphview.cpp" line="+200" />
        <source>%1 depends on %2 (%3).</source>
        <translation>%1 hängt ab von %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::IntegrationDetailPane</name>
    <message>
        <location filename="../ui/integrationdetailpane.cpp" line="+28" />
        <source>sync — fails with it</source>
        <translation>sync — fällt mit aus</translation>
    </message>
    <message>
        <location line="+2" />
        <source>async — degrades</source>
        <translation>async — beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>batch — degrades</source>
        <translation>batch — beeinträchtigt</translation>
    </message>
    <message>
        <location line="+14" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No integration selected</source>
        <translation>Keine Integration ausgewählt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select an integration to see its owner, dependencies and what it affects when it changes.</source>
        <translation>Wählen Sie eine Integration aus, um ihren Verantwortlichen, ihre Abhängigkeiten und die Auswirkungen einer Änderung zu sehen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Impact when it changes or breaks</source>
        <translation>Auswirkung bei Änderung oder Ausfall</translation>
    </message>
    <message>
        <location line="+37" />
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every site of its environments</source>
        <translation>alle Standorte ihrer Umgebungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Odoo module</source>
        <translation>Odoo-Modul</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>If it breaks, %n other integration(s) would fail and %1 would degrade.</source>
        <translation>
            <numerusform>Fällt sie aus, fällt %n weitere Integration mit aus; beeinträchtigt: %1.</numerusform>
            <numerusform>Fällt sie aus, fallen %n weitere Integrationen mit aus; beeinträchtigt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Affected: %n business process(es)</source>
        <translation>
            <numerusform>Betroffen: %n Geschäftsprozess</numerusform>
            <numerusform>Betroffen: %n Geschäftsprozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location filename="../ui/mainwindow.cpp" line="+87" />
        <source>Estate errors</source>
        <translation>Landschaftsfehler</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+87" />
        <location line="+337" />
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <location line="-400" />
        <source>Estate</source>
        <translation>Landschaft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Show errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <location line="+139" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open estate…</source>
        <translation>Landschaft ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reload estate</source>
        <translation>Landschaft &amp;neu laden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Change</source>
        <translation>Änd&amp;erung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New change…</source>
        <translation>&amp;Neue Änderung…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="-209" />
        <source>&amp;Estate</source>
        <translation>&amp;Landschaft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sites, environments and integrations</source>
        <translation>Standorte, Umgebungen und Integrationen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Changes</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change requests from the control store</source>
        <translation>Änderungsanträge aus dem Kontrollspeicher</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CAB agenda</source>
        <translation>CAB-Agenda</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CAB a&amp;genda</source>
        <translation>CAB-&amp;Agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes waiting for a decision, grouped by the CAB meeting that must decide them</source>
        <translation>Änderungen, die auf eine Entscheidung warten, gruppiert nach der CAB-Sitzung, die über sie entscheiden muss</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;alendar</source>
        <translation>K&amp;alender</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change windows against the business calendar</source>
        <translation>Änderungsfenster im Abgleich mit dem Geschäftskalender</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dependencies</source>
        <translation>A&amp;bhängigkeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The integration graph and a change's blast radius</source>
        <translation>Der Integrationsgraph und der Auswirkungsradius einer Änderung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ontracts</source>
        <translation>&amp;Verträge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data contracts and Odoo module drift per environment</source>
        <translation>Datenverträge und Odoo-Modulabweichungen je Umgebung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En&amp;vironments</source>
        <translation>U&amp;mgebungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health of every environment: pods, databases, queues, integrations, alerts</source>
        <translation>Zustand jeder Umgebung: Pods, Datenbanken, Warteschlangen, Integrationen, Alarme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rollouts</source>
        <translation>Rollouts</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Rollouts</source>
        <translation>&amp;Rollouts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Live Kubernetes rollouts per environment: pause, resume, restart, roll back, scale</source>
        <translation>Live-Kubernetes-Rollouts je Umgebung: pausieren, fortsetzen, neu starten, zurückrollen, skalieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;leases</source>
        <translation>Re&amp;leases</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Releases moving through the environments, their rollback criteria live, roll back now</source>
        <translation>Releases auf dem Weg durch die Umgebungen, ihre Rollback-Kriterien live, sofort zurückrollen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+191" />
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Estate &amp;errors panel</source>
        <translation>Bereich „Landschafts&amp;fehler“</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Gatehouse</source>
        <translation>&amp;Über Gatehouse</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Policy out of date (applied: version %1)</source>
        <translation>Richtlinie veraltet (angewendet: Version %1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database enforces the estate's policy (version %1).</source>
        <translation>Die Datenbank setzt die Richtlinie der Systemlandschaft durch (Version %1).</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+177" />
        <source>Control store: %1</source>
        <translation>Steuerungsdatenbank: %1</translation>
    </message>
    <message>
        <location line="-177" />
        <source>Control store: none</source>
        <translation>Steuerungsdatenbank: keine</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+168" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="-147" />
        <source>Open estate</source>
        <translation>Landschaft öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <source>The estate files have %n error(s). The estate on screen is the last good one; it will update as soon as the files are valid again.</source>
        <translation>
            <numerusform>Die Dateien der Landschaft enthalten %n Fehler. Angezeigt wird der letzte fehlerfreie Stand; er wird aktualisiert, sobald die Dateien wieder gültig sind.</numerusform>
            <numerusform>Die Dateien der Landschaft enthalten %n Fehler. Angezeigt wird der letzte fehlerfreie Stand; er wird aktualisiert, sobald die Dateien wieder gültig sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>No estate open</source>
        <translation>Keine Landschaft geöffnet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Estate: %1 — %2</source>
        <translation>Landschaft: %1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(loading…)</source>
        <translation>(wird geladen…)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(last good version; files have errors)</source>
        <translation>(letzter fehlerfreier Stand; Dateien enthalten Fehler)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(has errors)</source>
        <translation>(enthält Fehler)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 — Gatehouse</source>
        <translation>%1 — Gatehouse</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Starting the embedded database…</source>
        <translation>Eingebettete Datenbank wird gestartet…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reconnecting… (%1)</source>
        <translation>Verbindung wird wiederhergestellt… (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <location line="+41" />
        <source>The estate's policy could not be compared with the database's: %1</source>
        <translation>Die Richtlinie der Systemlandschaft konnte nicht mit der der Datenbank verglichen werden: %1</translation>
    </message>
    <message>
        <location line="+64" />
        <location line="+8" />
        <source>Reschedule change</source>
        <translation>Änderung neu einplanen</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Why is change #%1 moving to the new window?</source>
        <translation>Warum wird Änderung #%1 in das neue Fenster verschoben?</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change #%1 was not rescheduled: %2</source>
        <translation>Änderung #%1 wurde nicht neu eingeplant: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change #%1 rescheduled.</source>
        <translation>Änderung #%1 wurde neu eingeplant.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Release control-center for Odoo-based distribution businesses: plan, approve and watch releases in terms of the orders, stock moves and partner integrations they affect.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Release-Leitstand für Distributionsunternehmen auf Odoo-Basis: Releases planen, freigeben und überwachen – gemessen an den Aufträgen, Lagerbewegungen und Partnerintegrationen, die sie betreffen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::MonthView</name>
    <message>
        <location filename="../ui/monthview.cpp" line="+55" />
        <source>Release calendar month</source>
        <translation>Release-Kalender Monat</translation>
    </message>
    <message>
        <location line="+269" />
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::NewChangeDialog</name>
    <message>
        <location filename="../ui/newchangedialog.cpp" line="+89" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New image</source>
        <translation>Neues Image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Odoo module</source>
        <translation>Odoo-Modul</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pre-checks (; separated)</source>
        <translation>Vorabprüfungen (durch ; getrennt)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Expected lock impact</source>
        <translation>Erwartete Sperrauswirkung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rollback plan</source>
        <translation>Rollback-Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <location line="+9" />
        <source>New change</source>
        <translation>Neue Änderung</translation>
    </message>
    <message>
        <location line="+10" />
        <source>e.g. Upgrade the EDI gateway to 4.2</source>
        <translation>z. B. EDI-Gateway auf 4.2 aktualisieren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What changes, why, and how it will be rolled back.</source>
        <translation>Was sich ändert, warum, und wie es zurückgerollt wird.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose an environment…</source>
        <translation>Umgebung auswählen…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workloads of the environment</source>
        <translation>Workloads der Umgebung</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Changes:</source>
        <translation>Um&amp;fang:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;Zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Window:</source>
        <translation>&amp;Wartungsfenster:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Workloads and images</source>
        <translation>Workloads und Images</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Odoo modules</source>
        <translation>Odoo-Module</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database migrations</source>
        <translation>Datenbankmigrationen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Infrastructure (separate change)</source>
        <translation>Infrastruktur (separate Änderung)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>How the change is undone, step by step.</source>
        <translation>Wie die Änderung Schritt für Schritt rückgängig gemacht wird.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rollback plan (the CAB approves it with the change):</source>
        <translation>Rollback-Plan (das CAB genehmigt ihn mit der Änderung):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pre-approved rollback criteria from the policy:</source>
        <translation>Vorab genehmigte Rollback-Kriterien aus der Richtlinie:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+192" />
        <source>Create change</source>
        <translation>Änderung anlegen</translation>
    </message>
    <message>
        <location line="-122" />
        <location line="+26" />
        <location line="+16" />
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+27" />
        <location line="+13" />
        <source>Choose the target environment.</source>
        <translation>Wählen Sie die Zielumgebung aus.</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+31" />
        <location line="+8" />
        <source>Select at least one integration or workload.</source>
        <translation>Wählen Sie mindestens eine Integration oder einen Workload aus.</translation>
    </message>
    <message>
        <location line="-37" />
        <location line="+32" />
        <location line="+6" />
        <source>The window must end after it starts.</source>
        <translation>Das Wartungsfenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Infrastructure changes are kept apart from application changes: file them as a separate change.</source>
        <translation>Infrastrukturänderungen werden von Anwendungsänderungen getrennt gehalten: Erfassen Sie sie als separate Änderung.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the version module %1 moves to.</source>
        <translation>Geben Sie die Version an, auf die Modul %1 wechselt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say how migration %1 is rolled back.</source>
        <translation>Geben Sie an, wie Migration %1 zurückgerollt wird.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Impact preview: select what the change touches.</source>
        <translation>Vorschau der Auswirkung: Wählen Sie aus, was die Änderung berührt.</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Impact preview: if this change goes wrong, %n integration(s) would fail and %1 would degrade.</source>
        <translation>
            <numerusform>Vorschau der Auswirkung: Geht diese Änderung schief, fällt %n Integration aus; beeinträchtigt: %1.</numerusform>
            <numerusform>Vorschau der Auswirkung: Geht diese Änderung schief, fallen %n Integrationen aus; beeinträchtigt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Business processes: %1</source>
        <translation>Geschäftsprozesse: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partners: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Redeploy the previous images of %1 and verify the health checks.</source>
        <translation>Die vorherigen Images von %1 erneut ausrollen und die Zustandsprüfungen kontrollieren.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The policy for this environment offers no rollback criteria.</source>
        <translation>Die Richtlinie für diese Umgebung bietet keine Rollback-Kriterien.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an environment to see its policy's rollback criteria.</source>
        <translation>Wählen Sie eine Umgebung, um die Rollback-Kriterien ihrer Richtlinie zu sehen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: %2 %3 %4 for %5 s → %6</source>
        <translation>%1: %2 %3 %4 für %5 s → %6</translation>
    </message>
    <message>
        <location line="+22" />
        <source>initial scope</source>
        <translation>anfänglicher Umfang</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change #%1 was stored as a draft, but its scope was refused: %2</source>
        <translation>Änderung #%1 wurde als Entwurf gespeichert, aber ihr Umfang wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Store scope</source>
        <translation>Umfang speichern</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The scope was not stored: the control store was closed.</source>
        <translation>Der Umfang wurde nicht gespeichert: Der Kontrollspeicher wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No control store is configured.</source>
        <translation>Es ist keine Steuerungsdatenbank eingerichtet.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The change was not stored: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The change was not stored: the control store was closed.</source>
        <translation>Die Änderung wurde nicht gespeichert: Die Steuerungsdatenbank wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::NewReleaseDialog</name>
    <message>
        <location filename="../ui/newreleasedialog.cpp" line="+30" />
        <source>New release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. EDI gateway 4.3 and WMS connector 2.9</source>
        <translation>z. B. EDI-Gateway 4.3 und WMS-Connector 2.9</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+4" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long each phase is watched after it rolled out before the next one starts.</source>
        <translation>Wie lange jede Phase nach ihrem Rollout beobachtet wird, bevor die nächste beginnt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Bake time per phase:</source>
        <translation>&amp;Beobachtungszeit je Phase:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Approved changes to bundle:</source>
        <translation>Zu bündelnde &amp;genehmigte Änderungen:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Create release</source>
        <translation>Release erstellen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Loading approved changes…</source>
        <translation>Genehmigte Änderungen werden geladen…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>#%1 %2 — %3 (%4)</source>
        <translation>#%1 %2 — %3 (%4)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No change is approved and waiting for a release.</source>
        <translation>Keine Änderung ist genehmigt und wartet auf ein Release.</translation>
    </message>
    <message>
        <location line="+129" />
        <source>Creating the release…</source>
        <translation>Release wird erstellt…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The chosen changes name no workload to roll out.</source>
        <translation>Die gewählten Änderungen nennen keinen Workload, der ausgerollt werden kann.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::NextWindowDialog</name>
    <message>
        <location filename="../ui/nextwindowdialog.cpp" line="+24" />
        <source>Reschedule to this window</source>
        <translation>In dieses Fenster verschieben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next safe window for #%1</source>
        <translation>Nächstes sicheres Fenster für #%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;b&gt;#%1 %2&lt;/b&gt;&lt;br&gt;%3 on %4, %5 h %6 min. Now planned for %7.</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt;&lt;br&gt;%3 auf %4, %5 h %6 min. Derzeit geplant für %7.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Worst impact</source>
        <translation>Stärkste Auswirkung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sites busy</source>
        <translation>Ausgelastete Standorte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Soft conflicts</source>
        <translation>Weiche Konflikte</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>inside</source>
        <translation>innerhalb</translation>
    </message>
    <message>
        <location line="+0" />
        <source>outside</source>
        <translation>außerhalb</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No window without a hard conflict was found in the searched range.</source>
        <translation>Im durchsuchten Zeitraum wurde kein Fenster ohne harten Konflikt gefunden.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ReleaseCriterionGauge</name>
    <message>
        <location filename="../ui/releasecriteriongauge.cpp" line="+56" />
        <source>latest %1</source>
        <translation>aktuell %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no value yet</source>
        <translation>noch kein Wert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rolls back</source>
        <translation>rollt zurück</translation>
    </message>
    <message>
        <location line="+0" />
        <source>pauses</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Over the threshold, not yet for the duration</source>
        <translation>Über dem Schwellenwert, noch nicht für die ganze Dauer</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 — %2: %3, %4 when %5 %6 for %n s</source>
        <translation>
            <numerusform>%1 — %2: %3, %4, wenn %5 %6 für %n s</numerusform>
            <numerusform>%1 — %2: %3, %4, wenn %5 %6 für %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ReleaseListModel</name>
    <message numerus="yes">
        <location filename="../ui/releaselistmodel.cpp" line="+74" />
        <source>All %n phase(s) done</source>
        <translation>
            <numerusform>%n Phase abgeschlossen</numerusform>
            <numerusform>Alle %n Phasen abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phase %1 of %2: %3 · %4 (%5)</source>
        <translation>Phase %1 von %2: %3 · %4 (%5)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::ReleasesPage</name>
    <message>
        <location filename="../ui/releasespage.cpp" line="+57" />
        <source>&amp;New release…</source>
        <translation>&amp;Neues Release…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bundle approved changes into a release along the promotion path.</source>
        <translation>Genehmigte Änderungen zu einem Release bündeln, das dem Promotion-Pfad folgt.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Roll back now</source>
        <translation>&amp;Jetzt zurückrollen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo every workload this release changed in its current environment (release manager or support).</source>
        <translation>Alle Änderungen dieses Releases an Workloads in seiner aktuellen Umgebung rückgängig machen (Release-Manager oder Support).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue the paused phase (release manager; the reason is recorded).</source>
        <translation>Die pausierte Phase fortsetzen (Release-Manager; die Begründung wird erfasst).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause the release and its rollout (release manager or support).</source>
        <translation>Das Release und seinen Rollout pausieren (Release-Manager oder Support).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Override gates…</source>
        <translation>&amp;Gates übersteuern…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record an authorised override, with a reason, of each gate that keeps this release paused (as the policy permits); then continue it.</source>
        <translation>Für jedes Gate, das dieses Release pausiert hält, eine autorisierte Übersteuerung mit Begründung erfassen (soweit die Richtlinie es erlaubt); danach das Release fortsetzen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The release report as PDF: timeline, approvals, gates, criteria before, during and after each phase, restore points, actions and the audit chain's verification.</source>
        <translation>Der Release-Bericht als PDF: Zeitleiste, Genehmigungen, Gates, Kriterien vor, während und nach jeder Phase, Wiederherstellungspunkte, Aktionen und die Verifizierung der Audit-Kette.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Environment / phase</source>
        <translation>Umgebung / Phase</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Baking since</source>
        <translation>Beobachtung seit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rollback criteria</source>
        <translation>Rollback-Kriterien</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The changes of this release name no rollback criterion.</source>
        <translation>Die Änderungen dieses Releases nennen kein Rollback-Kriterium.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rollback plan</source>
        <translation>Rollback-Plan</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Restore point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No release selected</source>
        <translation>Kein Release ausgewählt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select a release to follow its phases, rollback criteria and rollback plan, or bundle approved changes into a new release.</source>
        <translation>Wählen Sie ein Release, um seine Phasen, Rollback-Kriterien und seinen Rollback-Plan zu verfolgen, oder bündeln Sie genehmigte Änderungen zu einem neuen Release.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New release…</source>
        <translation>Neues Release…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Export release report</source>
        <translation>Release-Bericht exportieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>release-%1-report.pdf</source>
        <translation>release-%1-report.pdf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+131" />
        <source>The releases could not be read: %1</source>
        <translation>Die Releases konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+121" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Release #%1 %2 — %3</source>
        <translation>Release #%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rollback of %1 requested by %2 at %3: %4</source>
        <translation>Rollback von %1 angefordert von %2 am %3: %4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause requested by %1 at %2: %3</source>
        <translation>Pause angefordert von %1 am %2: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Driven by executor %1.</source>
        <translation>Gesteuert von Executor %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No executor drives it now (the last one stopped).</source>
        <translation>Derzeit steuert kein Executor das Release (der letzte wurde beendet).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (database migration)</source>
        <translation> (Datenbankmigration)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Waiting for bake (%n s left)</source>
        <translation>
            <numerusform>In Beobachtung (noch %n s)</numerusform>
            <numerusform>In Beobachtung (noch %n s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61" />
        <source>No rollback plan written; Gatehouse undoes each workload it changed.</source>
        <translation>Kein Rollback-Plan geschrieben; Gatehouse macht seine Änderungen an jedem Workload rückgängig.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No restore point yet: one is created before each phase with a database migration.</source>
        <translation>Noch kein Wiederherstellungspunkt: Vor jeder Phase mit Datenbankmigration wird einer erstellt.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Writing the report of release #%1…</source>
        <translation>Der Bericht zu Release #%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The report of release #%1 was written to %2.</source>
        <translation>Der Bericht zu Release #%1 wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The report of release #%1 was not written: %2</source>
        <translation>Der Bericht zu Release #%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+47" />
        <location line="+75" />
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="-111" />
        <source>Roll back now</source>
        <translation>Jetzt zurückrollen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every workload release #%1 changed in its current environment will be undone. Why?</source>
        <translation>Alle Änderungen von Release #%1 an Workloads in seiner aktuellen Umgebung werden rückgängig gemacht. Warum?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rollback of %1 requested: the executor undoes every workload the release changed there.</source>
        <translation>Rollback von %1 angefordert: Der Executor macht dort alle Änderungen des Releases an Workloads rückgängig.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Release #%1 and its rollout will be paused. Why?</source>
        <translation>Release #%1 und sein Rollout werden pausiert. Warum?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Paused: the release waits until a release manager continues it.</source>
        <translation>Pausiert: Das Release wartet, bis ein Release-Manager es fortsetzt.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Release #%1 continues where it was paused. Why is it safe?</source>
        <translation>Release #%1 wird dort fortgesetzt, wo es pausiert wurde. Warum ist das sicher?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Continued: the executor picks the phase up again.</source>
        <translation>Fortgesetzt: Der Executor nimmt die Phase wieder auf.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>• %1 of change #%2 in %3: %4</source>
        <translation>• %1 von Änderung #%2 in %3: %4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Override gates</source>
        <translation>Gates übersteuern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These gates keep release #%1 paused:
%2
Why may the release go on despite them? The override is recorded with your name and this reason.</source>
        <translation>Diese Gates halten Release #%1 pausiert:
%2
Warum darf das Release trotzdem weiterlaufen? Die Übersteuerung wird mit Ihrem Namen und dieser Begründung erfasst.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 of change #%2: %3</source>
        <translation>%1 von Änderung #%2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Overrides recorded. Continue the release to evaluate the gates again.</source>
        <translation>Übersteuerungen erfasst. Setzen Sie das Release fort, um die Gates erneut auszuwerten.</translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>Release #%1 created with %n phase(s).</source>
        <translation>
            <numerusform>Release #%1 mit %n Phase erstellt.</numerusform>
            <numerusform>Release #%1 mit %n Phasen erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36" />
        <source>The executor's last step failed and is retried: %1</source>
        <translation>Der letzte Schritt des Executors ist fehlgeschlagen und wird wiederholt: %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutActionDialog</name>
    <message>
        <location filename="../ui/rolloutactiondialog.cpp" line="+28" />
        <source>Set image</source>
        <translation>Image setzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause rollout</source>
        <translation>Rollout pausieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume rollout</source>
        <translation>Rollout fortsetzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale</source>
        <translation>Skalieren</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Set a new image on %1 in %2</source>
        <translation>Neues Image für %1 in %2 setzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause the rollout of %1 in %2</source>
        <translation>Rollout von %1 in %2 pausieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume the rollout of %1 in %2</source>
        <translation>Rollout von %1 in %2 fortsetzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart %1 in %2</source>
        <translation>%1 in %2 neu starten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roll back %1 in %2</source>
        <translation>%1 in %2 zurückrollen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale %1 in %2</source>
        <translation>%1 in %2 skalieren</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New image:</source>
        <translation>Neues Image:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Previous revision (%1)</source>
        <translation>Vorherige Revision (%1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Revision %1: %2</source>
        <translation>Revision %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Roll back to:</source>
        <translation>Zurückrollen auf:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Image change:</source>
        <translation>Image-Änderung:</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Only if it still has %n replica(s)</source>
        <translation>
            <numerusform>Nur wenn es noch %n Replikat hat</numerusform>
            <numerusform>Nur wenn es noch %n Replikate hat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Replicas:</source>
        <translation>Replikate:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Reason (required):</source>
        <translation>Begründung (erforderlich):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Why is this needed? Recorded in the audit log.</source>
        <translation>Warum ist das nötig? Wird im Audit-Log erfasst.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The action, your reason and the deployment before and after are recorded in the audit log.</source>
        <translation>Die Aktion, Ihre Begründung und das Deployment vorher und nachher werden im Audit-Log erfasst.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recorded in the audit log as %1, with your reason and the deployment before and after.</source>
        <translation>Im Audit-Log als %1 erfasst, mit Ihrer Begründung und dem Deployment vorher und nachher.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Revision %1 is not in the history.</source>
        <translation>Revision %1 ist nicht im Verlauf.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 (unchanged)</source>
        <translation>%1: %2 (unverändert)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Enter the new image of container %1.</source>
        <translation>Geben Sie das neue Image von Container %1 ein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Container %1 of %2 already runs %3: nothing would change.</source>
        <translation>Container %1 von %2 führt bereits %3 aus: Es würde sich nichts ändern.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deployment %1 in %2 starts a rollout to a new revision: container %3 changes from %4 to %5. New pods replace the old ones step by step (%6, max surge %7, max unavailable %8); the rollout must progress within %9 s.</source>
        <translation>Deployment %1 in %2 startet einen Rollout auf eine neue Revision: Container %3 wechselt von %4 zu %5. Neue Pods ersetzen die alten schrittweise (%6, max. zusätzlich %7, max. nicht verfügbar %8); der Rollout muss innerhalb von %9 s vorankommen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The rollout of %1 in %2 is paused: changes to its pod template are not rolled out until it is resumed. Running pods stay as they are; scaling still works. A paused deployment cannot be rolled back or restarted.</source>
        <translation>Der Rollout von %1 in %2 wird pausiert: Änderungen an seinem Pod-Template werden erst nach dem Fortsetzen ausgerollt. Laufende Pods bleiben, wie sie sind; Skalieren funktioniert weiterhin. Ein pausiertes Deployment kann nicht zurückgerollt oder neu gestartet werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The rollout of %1 in %2 is resumed: any change to its pod template made while it was paused rolls out now.</source>
        <translation>Der Rollout von %1 in %2 wird fortgesetzt: Jede Änderung an seinem Pod-Template, die während der Pause vorgenommen wurde, wird jetzt ausgerollt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>All %n pod(s) of %1 in %2 are replaced step by step with new ones running the same images (a new revision is created).</source>
        <translation>
            <numerusform>%n Pod von %1 in %2 wird durch einen neuen ersetzt, der dieselben Images ausführt (eine neue Revision wird erstellt).</numerusform>
            <numerusform>Alle %n Pods von %1 in %2 werden schrittweise durch neue ersetzt, die dieselben Images ausführen (eine neue Revision wird erstellt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no earlier revision to roll back to.</source>
        <translation>Es gibt keine frühere Revision, auf die zurückgerollt werden kann.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Revision %1 is the current revision of %2: nothing would change.</source>
        <translation>Revision %1 ist die aktuelle Revision von %2: Es würde sich nichts ändern.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 in %2 is rolled back to revision %3: its pod template is replaced by that revision's and a rollout starts, which becomes revision %4. The images change as shown.</source>
        <translation>%1 in %2 wird auf Revision %3 zurückgerollt: Sein Pod-Template wird durch das dieser Revision ersetzt, und es startet ein Rollout, der zu Revision %4 wird. Die Images ändern sich wie angezeigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%1 already has %n replica(s): nothing would change.</source>
        <translation>
            <numerusform>%1 hat bereits %n Replikat: Es würde sich nichts ändern.</numerusform>
            <numerusform>%1 hat bereits %n Replikate: Es würde sich nichts ändern.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 in %2 is scaled from %3 to %4 replicas.</source>
        <translation>%1 in %2 wird von %3 auf %4 Replikate skaliert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Refused if someone changed its replica count in the meantime (it must still be %1).</source>
        <translation>Wird abgelehnt, falls jemand die Replikatanzahl inzwischen geändert hat (sie muss noch %1 sein).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give a reason first.</source>
        <translation>Geben Sie zuerst eine Begründung an.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutDetailView</name>
    <message>
        <location filename="../ui/rolloutdetailview.cpp" line="+50" />
        <source>No workload selected</source>
        <translation>Kein Workload ausgewählt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select a workload to see its revisions, pods, events and rollout timeline, and to act on it.</source>
        <translation>Wählen Sie einen Workload aus, um seine Revisionen, Pods, Ereignisse und die Rollout-Zeitleiste zu sehen und Aktionen darauf auszuführen.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message numerus="yes">
        <location line="+116" />
        <source>Revision %1 · %2 · %3 of %n replica(s) ready, %4 up to date, %5 available</source>
        <translation>
            <numerusform>Revision %1 · %2 · %3 von %n Replikat bereit, %4 aktuell, %5 verfügbar</numerusform>
            <numerusform>Revision %1 · %2 · %3 von %n Replikaten bereit, %4 aktuell, %5 verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+3" />
        <source> (max surge %1, max unavailable %2)</source>
        <translation> (max. zusätzlich %1, max. nicht verfügbar %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress deadline</source>
        <translation>Fortschrittsfrist</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes: template changes do not roll out until resumed</source>
        <translation>ja: Template-Änderungen werden erst nach dem Fortsetzen ausgerollt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change cause</source>
        <translation>Änderungsursache</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Actions are unavailable: %1</source>
        <translation>Aktionen sind nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutEnvironment</name>
    <message>
        <location filename="../ui/rolloutenvironment.cpp" line="+134" />
        <location line="+7" />
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+10" />
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <location line="-10" />
        <location line="+12" />
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+14" />
        <source>reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="-14" />
        <location line="+16" />
        <source>unauthorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+17" />
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No connection to the cluster of %1: %2</source>
        <translation>Keine Verbindung zum Cluster von %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connecting to %1 (context %2, namespace %3)…</source>
        <translation>Verbindung mit %1 wird hergestellt (Kontext %2, Namespace %3)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connected to %1 (context %2, namespace %3); the view is live.</source>
        <translation>Mit %1 verbunden (Kontext %2, Namespace %3); die Ansicht ist live.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reconnecting: next attempt at %1. %2</source>
        <translation>Verbindung wird wiederhergestellt: nächster Versuch um %1. %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reconnecting. %1</source>
        <translation>Verbindung wird wiederhergestellt. %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unauthorized: the cluster refused the credential of context %2. %1</source>
        <translation>Nicht autorisiert: Der Cluster hat die Anmeldedaten von Kontext %2 abgelehnt. %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stale: showing data as of %1 (%2 old). </source>
        <translation>Veraltet: Daten mit Stand %1 (%2 alt). </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>TLS verification is turned off for context %1 (insecure-skip-tls-verify): anyone on the network path could read or change what you see and do here.</source>
        <translation>TLS-Verifizierung ist für Kontext %1 ausgeschaltet (insecure-skip-tls-verify): Jeder auf dem Netzwerkpfad könnte lesen oder verändern, was Sie hier sehen und tun.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutProgressDelegate</name>
    <message>
        <location filename="../ui/rolloutprogressdelegate.cpp" line="+20" />
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <location line="+22" />
        <source>last progress %1 ago, deadline %2</source>
        <translation>letzter Fortschritt vor %1, Frist %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deadline %1</source>
        <translation>Frist %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutTimelineModel</name>
    <message>
        <location filename="../ui/rollouttimelinemodel.cpp" line="+82" />
        <source>Revision %1 created (%2)</source>
        <translation>Revision %1 erstellt (%2)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 became %2 (%3)</source>
        <translation>%1 wurde zu %2 (%3)</translation>
    </message>
    <message>
        <location line="+13" />
        <source> (×%1)</source>
        <translation> (×%1)</translation>
    </message>
    <message>
        <location line="+58" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::RolloutsPage</name>
    <message>
        <location filename="../ui/rolloutspage.cpp" line="+114" />
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+121" />
        <source>the estate names no Kubernetes context for this environment</source>
        <translation>die Systemlandschaft nennt keinen Kubernetes-Kontext für diese Umgebung</translation>
    </message>
    <message>
        <location line="+121" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+85" />
        <source>The estate has no environments.</source>
        <translation>Die Systemlandschaft hat keine Umgebungen.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No estate loaded.</source>
        <translation>Keine Systemlandschaft geladen.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>there is no connection to this environment's cluster.</source>
        <translation>es gibt keine Verbindung zum Cluster dieser Umgebung.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the connection to the cluster is not live (%1).</source>
        <translation>die Verbindung zum Cluster ist nicht live (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no control store is connected, so actions could not be recorded in the audit log.</source>
        <translation>kein Kontrollspeicher verbunden, daher könnten Aktionen nicht im Audit-Log erfasst werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an action is in progress.</source>
        <translation>eine Aktion läuft.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Not sent: there is no connection to the cluster of %1.</source>
        <translation>Nicht gesendet: Es gibt keine Verbindung zum Cluster von %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not sent: no control store is connected to record the action in the audit log.</source>
        <translation>Nicht gesendet: Kein Kontrollspeicher verbunden, um die Aktion im Audit-Log zu erfassen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not sent: a reason is required.</source>
        <translation>Nicht gesendet: Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Sending: %1 on %2…</source>
        <translation>Wird gesendet: %1 auf %2…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 on %2 was not carried out: %3</source>
        <translation>%1 auf %2 wurde nicht ausgeführt: %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 — nothing changed, so nothing was recorded.</source>
        <translation>%1 — nichts geändert, daher wurde nichts erfasst.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, but it could not be recorded: the control store is gone.</source>
        <translation>%1, aber es konnte nicht erfasst werden: Der Kontrollspeicher ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1, but recording it in the audit log failed: %2</source>
        <translation>%1, aber die Erfassung im Audit-Log ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — recorded in the audit log (entry %2, by %3).</source>
        <translation>%1 — im Audit-Log erfasst (Eintrag %2, von %3).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, but recording it in the audit log was cancelled.</source>
        <translation>%1, aber die Erfassung im Audit-Log wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The action was cancelled.</source>
        <translation>Die Aktion wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+24" />
        <source>&amp;Embedded (a private PostgreSQL in your data folder)</source>
        <translation>&amp;Eingebettet (ein privates PostgreSQL in Ihrem Datenordner)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shared &amp;server</source>
        <translation>Gemeinsamer &amp;Server</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Control store</source>
        <translation>Steuerungsdatenbank</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Changes take effect the next time Gatehouse starts.</source>
        <translation>Änderungen werden beim nächsten Start von Gatehouse wirksam.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The password is kept in the system keychain as %1; it is never written to the settings.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems als %1 aufbewahrt; es wird nie in die Einstellungen geschrieben.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>⚠ Enter a URL of the form postgresql://user@host:port/database.</source>
        <translation>⚠ Geben Sie eine URL der Form postgresql://user@host:port/database ein.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>⚠ Do not put the password in the URL; use the password field.</source>
        <translation>⚠ Schreiben Sie das Passwort nicht in die URL; verwenden Sie das Passwortfeld.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>⚠ The password could not be stored in the keychain: %1</source>
        <translation>⚠ Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SiteDetailPane</name>
    <message>
        <location filename="../ui/sitedetailpane.cpp" line="+38" />
        <source>Wave picking</source>
        <translation>Wellenkommissionierung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Carrier cutoff</source>
        <translation>Annahmeschluss Spediteur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receiving</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inventory count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+51" />
        <location line="+42" />
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+12" />
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>from %1 for %n day(s)</source>
        <translation>
            <numerusform>ab %1 für %n Tag</numerusform>
            <numerusform>ab %1 für %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (next day)</source>
        <translation>%1 (Folgetag)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No site selected</source>
        <translation>Kein Standort ausgewählt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select a site to see its operating cycles.</source>
        <translation>Wählen Sie einen Standort aus, um seine Betriebszyklen zu sehen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message numerus="yes">
        <location line="+73" />
        <source>&amp;Operating cycles (%n)</source>
        <translation>
            <numerusform>&amp;Betriebszyklen (%n)</numerusform>
            <numerusform>&amp;Betriebszyklen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n operating cycle(s)</source>
        <translation>
            <numerusform>%n Betriebszyklus</numerusform>
            <numerusform>%n Betriebszyklen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n critical to avoid</source>
        <translation>
            <numerusform>davon %n kritisch</numerusform>
            <numerusform>davon %n kritisch</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Holiday sets</source>
        <translation>Feiertagskalender</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (unknown time zone)</source>
        <translation>%1 (unbekannte Zeitzone)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — now %2</source>
        <translation>%1 — jetzt %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>once</source>
        <translation>einmalig</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::SourceViewer</name>
    <message>
        <location filename="../ui/sourceviewer.cpp" line="+15" />
        <source>Activate an error to see its place in the estate file.</source>
        <translation>Aktivieren Sie einen Fehler, um seine Stelle in der Datei der Landschaft zu sehen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::TimelineView</name>
    <message>
        <location filename="../ui/timelineview.cpp" line="+120" />
        <source>Release calendar timeline</source>
        <translation>Release-Kalender Zeitleiste</translation>
    </message>
    <message>
        <location line="+690" />
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <location line="+246" />
        <source>Times in</source>
        <translation>Zeiten in</translation>
    </message>
    <message numerus="yes">
        <location line="+161" />
        <source>%n hard conflict(s)</source>
        <translation>
            <numerusform>%n harter Konflikt</numerusform>
            <numerusform>%n harte Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n soft</source>
        <translation>
            <numerusform>%n weicher</numerusform>
            <numerusform>%n weiche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>no conflicts</source>
        <translation>keine Konflikte</translation>
    </message>
    <message>
        <location line="+395" />
        <source>Partner %1 via %2</source>
        <translation>Partner %1 über %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Processes: %1</source>
        <translation>Prozesse: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impact: %1</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Soft</source>
        <translation>Weich</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No conflicts</source>
        <translation>Keine Konflikte</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Ui::Wallboard</name>
    <message>
        <location filename="../ui/wallboard.cpp" line="+17" />
        <source>Gatehouse wall board</source>
        <translation>Gatehouse-Wandanzeige</translation>
    </message>
    <message>
        <location line="+54" />
        <source>No environments in the estate.</source>
        <translation>Keine Umgebungen in der Landschaft.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Environment %1 of %2 · next every %3 s · Esc leaves</source>
        <translation>Umgebung %1 von %2 · nächste alle %3 s · Esc zum Verlassen</translation>
    </message>
</context>
<context>
    <name>GraphEdgeItem</name>
    <message>
        <location filename="../ui/graphedgeitem.cpp" line="+47" />
        <source>Mode: %1</source>
        <translation>Modus: %1</translation>
    </message>
    <message>
        <location line="+68" />
        <source>sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <location line="+2" />
        <source>async</source>
        <translation>asynchron</translation>
    </message>
    <message>
        <location line="+4" />
        <source>batch</source>
        <translation>Batch</translation>
    </message>
</context>
<context>
    <name>GraphLayoutEngine</name>
    <message>
        <location filename="../services/graphlayout.cpp" line="+148" />
        <source>Graphviz could not be initialised.</source>
        <translation>Graphviz konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The node "%1" appears twice in the graph.</source>
        <translation>Der Knoten „%1“ kommt im Graphen zweimal vor.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The edge %1 → %2 names a node that is not in the graph.</source>
        <translation>Die Kante %1 → %2 nennt einen Knoten, der nicht im Graphen ist.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Graphviz could not lay out the graph.</source>
        <translation>Graphviz konnte den Graphen nicht anordnen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Graphviz could not lay out the graph: %1</source>
        <translation>Graphviz konnte den Graphen nicht anordnen: %1</translation>
    </message>
</context>
<context>
    <name>GraphNodeItem</name>
    <message>
        <location filename="../ui/graphnodeitem.cpp" line="+51" />
        <source>✓ contract</source>
        <translation>✓ Vertrag</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✗ contract</source>
        <translation>✗ Vertrag</translation>
    </message>
    <message>
        <location line="+4" />
        <source>? contract</source>
        <translation>? Vertrag</translation>
    </message>
    <message>
        <location line="+196" />
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Kind: %1 · Criticality: %2 · Owner: %3</source>
        <translation>Art: %1 · Kritikalität: %2 · Verantwortlich: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Success rate: %1</source>
        <translation>Erfolgsquote: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(stale, last good data %1)</source>
        <translation>(veraltet, letzte gültige Daten %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(as of %1)</source>
        <translation>(Stand %1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Data contract: %1</source>
        <translation>Datenvertrag: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Changed by the selected change.</source>
        <translation>Durch die ausgewählte Änderung geändert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fails: %1</source>
        <translation>Fällt aus: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Degrades: %1</source>
        <translation>Beeinträchtigt: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Upstream of the selection: the selection depends on it.</source>
        <translation>Der Auswahl vorgelagert: Die Auswahl hängt von ihr ab.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Downstream of the selection: it depends on the selection.</source>
        <translation>Der Auswahl nachgelagert: Sie hängt von der Auswahl ab.</translation>
    </message>
    <message>
        <location line="-231" />
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>◀ upstream</source>
        <translation>◀ vorgelagert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>downstream ▶</source>
        <translation>nachgelagert ▶</translation>
    </message>
    <message>
        <location line="+2" />
        <source>● changed</source>
        <translation>● geändert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✖ fails</source>
        <translation>✖ fällt aus</translation>
    </message>
    <message>
        <location line="+2" />
        <source>⚠ degrades</source>
        <translation>⚠ beeinträchtigt</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <location filename="../app/auditcommand.cpp" line="+6" />
        <source>Verify the control store's audit chain</source>
        <translation>Die Audit-Kette des Steuerungsspeichers prüfen</translation>
    </message>
    <message>
        <location filename="../app/calendarcommand.cpp" line="+568" />
        <source>List the business calendar (cycles, slots, freezes, holidays) over a range</source>
        <translation>Den Geschäftskalender (Zyklen, Slots, Freezes, Feiertage) über einen Zeitraum auflisten</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check a change window against the business calendar</source>
        <translation>Ein Änderungsfenster mit dem Geschäftskalender abgleichen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Find the next safe windows for a change</source>
        <translation>Die nächsten sicheren Fenster für eine Änderung suchen</translation>
    </message>
    <message>
        <location filename="../app/contractscommand.cpp" line="+16" />
        <source>Check the integrations' data contracts against an environment's Odoo database.</source>
        <translation>Die Datenverträge der Integrationen mit der Odoo-Datenbank einer Umgebung abgleichen.</translation>
    </message>
    <message>
        <location filename="../app/driftcommand.cpp" line="+9" />
        <source>Compare the Odoo modules of two environments' databases.</source>
        <translation>Die Odoo-Module der Datenbanken zweier Umgebungen vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/gatecommand.cpp" line="+74" />
        <source>Check every gate of a change for an environment</source>
        <translation>Jedes Gate einer Änderung für eine Umgebung prüfen</translation>
    </message>
    <message>
        <location filename="../app/policycommand.cpp" line="+12" />
        <source>Compare or apply the estate's policy to the control store</source>
        <translation>Richtlinie der Systemlandschaft mit dem Kontrollspeicher vergleichen oder auf ihn anwenden</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <location filename="../models/icswriter.cpp" line="+40" />
        <source>Operating cycle</source>
        <translation>Betriebszyklus</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partner slot</source>
        <translation>Partner-Slot</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Business cycle</source>
        <translation>Geschäftszyklus</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <location line="+144" />
        <source>Impact: %1</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sites: %1</source>
        <translation>Standorte: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Environments: %1</source>
        <translation>Umgebungen: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Processes: %1</source>
        <translation>Prozesse: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Allowed change types: %1</source>
        <translation>Erlaubte Änderungstypen: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Change #%1: %2 (%3)</source>
        <translation>Änderung #%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Integrations: %1</source>
        <translation>Integrationen: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workloads: %1</source>
        <translation>Workloads: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>KubeWatchDecoder</name>
    <message>
        <location filename="../services/kubewatchdecoder.cpp" line="+42" />
        <source>The watch stream contains something other than JSON objects.</source>
        <translation>Der Watch-Stream enthält etwas anderes als JSON-Objekte.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>A watch event is not valid JSON (%1).</source>
        <translation>Ein Watch-Ereignis ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A watch event has an unknown type.</source>
        <translation>Ein Watch-Ereignis hat einen unbekannten Typ.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A watch event is larger than %1 MiB.</source>
        <translation>Ein Watch-Ereignis ist größer als %1 MiB.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../app/commandsupport.cpp" line="+28" />
        <source>The estate has errors: fix them first (gatehouse validate).</source>
        <translation>Die Systemlandschaft enthält Fehler: Beheben Sie sie zuerst (gatehouse validate).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>There is no environment "%1" in the estate.</source>
        <translation>Es gibt keine Umgebung "%1" in der Systemlandschaft.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: environment "%2" has no odooDatabase, so its Odoo database cannot be read.</source>
        <translation>%1: Umgebung "%2" hat keine odooDatabase, daher kann ihre Odoo-Datenbank nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ModuleDrift</name>
    <message>
        <location filename="../models/moduledrift.cpp" line="+14" />
        <source>an unknown version</source>
        <translation>eine unbekannte Version</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+4" />
        <source>%1 runs %2 %3 but %4 does not have it installed (%5)</source>
        <translation>%1 führt %2 %3 aus, aber in %4 ist es nicht installiert (%5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 runs %2 %3 but %4 %5</source>
        <translation>%1 führt %2 %3 aus, aber %4 %5</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Module drift could not be checked: %1</source>
        <translation>Modul-Drift konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n module difference(s) between %1 and %2 that the change does not explain.</source>
        <translation>
            <numerusform>%n Modulunterschied zwischen %1 und %2, den die Änderung nicht erklärt.</numerusform>
            <numerusform>%n Modulunterschiede zwischen %1 und %2, die die Änderung nicht erklärt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No unexplained module drift between %1 and %2.</source>
        <translation>Kein unerklärter Modul-Drift zwischen %1 und %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (explained by the change)</source>
        <translation>%1 (durch die Änderung erklärt)</translation>
    </message>
</context>
<context>
    <name>ReleaseReport</name>
    <message>
        <location filename="../services/releasereport.cpp" line="+42" />
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Release report</source>
        <translation>Release-Bericht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Release %1 — outcome: %2</source>
        <translation>Release %1 — Ergebnis: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created by %1 at %2</source>
        <translation>Erstellt von %1 am %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report generated at %1</source>
        <translation>Bericht erstellt am %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+7" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+19" />
        <location line="+25" />
        <location line="+15" />
        <location line="+36" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="-95" />
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+83" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="-83" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+18" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Baking since</source>
        <translation>Beobachtung seit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Changes and approvals</source>
        <translation>Änderungen und Genehmigungen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2) %3 at %4%5</source>
        <translation>%1 (%2) %3 am %4%5</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, void: %1</source>
        <translation>, ungültig: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pre-approved standard change (policy version %1)</source>
        <translation>vorab genehmigte Standardänderung (Richtlinienversion %1)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+25" />
        <location line="+15" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gates and evidence</source>
        <translation>Gates und Nachweise</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+15" />
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary and evidence</source>
        <translation>Zusammenfassung und Nachweise</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Evaluated</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gate overrides</source>
        <translation>Gate-Übersteuerungen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No gate was overridden.</source>
        <translation>Kein Gate wurde übersteuert.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rollback criteria</source>
        <translation>Rollback-Kriterien</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0" />
        <source>During (highest)</source>
        <translation>Während (Höchstwert)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdicts</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restore points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No migration phase: no restore point was needed.</source>
        <translation>Keine Migrationsphase: Es wurde kein Wiederherstellungspunkt benötigt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Actions taken</source>
        <translation>Durchgeführte Aktionen</translation>
    </message>
    <message>
        <location line="-39" />
        <location line="+43" />
        <location line="+13" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+13" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="-43" />
        <location line="+43" />
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-42" />
        <location line="+42" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Audit chain verified: %1 records, intact.</source>
        <translation>Audit-Kette verifiziert: %1 Einträge, intakt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audit chain BROKEN: %1 records checked, %2 problems.</source>
        <translation>Audit-Kette UNTERBROCHEN: %1 Einträge geprüft, %2 Probleme.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Release report: %1</source>
        <translation>Release-Bericht: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The report %1 came out empty.</source>
        <translation>Der Bericht %1 ist leer ausgefallen.</translation>
    </message>
</context>
<context>
    <name>ReleaseStyle</name>
    <message>
        <location filename="../ui/releasestyle.cpp" line="+25" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+19" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+23" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+21" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Waiting for bake</source>
        <translation>In Beobachtung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rolling back</source>
        <translation>Wird zurückgerollt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rest of the rollout</source>
        <translation>Rest des Rollouts</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Breach</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inconclusive</source>
        <translation>Nicht aussagekräftig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for data</source>
        <translation>Warte auf Daten</translation>
    </message>
</context>
<context>
    <name>RolloutActions</name>
    <message>
        <location filename="../ui/rolloutaction.cpp" line="+9" />
        <source>Set image…</source>
        <translation>Image setzen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roll back…</source>
        <translation>Zurückrollen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale…</source>
        <translation>Skalieren…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The deployment has no containers.</source>
        <translation>Das Deployment hat keine Container.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deployment is already paused.</source>
        <translation>Das Deployment ist bereits pausiert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deployment is not paused.</source>
        <translation>Das Deployment ist nicht pausiert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A paused deployment cannot be restarted; resume it first.</source>
        <translation>Ein pausiertes Deployment kann nicht neu gestartet werden; setzen Sie es zuerst fort.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A paused deployment cannot be rolled back; resume it first.</source>
        <translation>Ein pausiertes Deployment kann nicht zurückgerollt werden; setzen Sie es zuerst fort.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no earlier revision to roll back to.</source>
        <translation>Es gibt keine frühere Revision, auf die zurückgerollt werden kann.</translation>
    </message>
</context>
<context>
    <name>SourceState</name>
    <message>
        <location filename="../models/sourcestate.h" line="+65" />
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="+2" />
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../services/storeerrors.cpp" line="+37" />
        <source>%1 or %2</source>
        <comment>alternatives</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6" />
        <source>production</source>
        <comment>tier</comment>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+2" />
        <source>staging</source>
        <comment>tier</comment>
        <translation>Staging</translation>
    </message>
    <message>
        <location line="+2" />
        <source>development</source>
        <comment>tier</comment>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>default</source>
        <comment>tier</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+7" />
        <source>draft</source>
        <comment>change state</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>submitted</source>
        <comment>change state</comment>
        <translation>eingereicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>assessed</source>
        <comment>change state</comment>
        <translation>bewertet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>approved</source>
        <comment>change state</comment>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <comment>change state</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>scheduled</source>
        <comment>change state</comment>
        <translation>eingeplant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>in-progress</source>
        <comment>change state</comment>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>completed</source>
        <comment>change state</comment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rolled-back</source>
        <comment>change state</comment>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed</source>
        <comment>change state</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>closed</source>
        <comment>change state</comment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>submitted</source>
        <comment>transition</comment>
        <translation>eingereicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>assessed</source>
        <comment>transition</comment>
        <translation>bewertet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>approved</source>
        <comment>transition</comment>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <comment>transition</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sent back for changes</source>
        <comment>transition</comment>
        <translation>zur Überarbeitung zurückgeschickt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>scheduled</source>
        <comment>transition</comment>
        <translation>eingeplant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>started</source>
        <comment>transition</comment>
        <translation>gestartet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reviewed</source>
        <comment>transition</comment>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>closed</source>
        <comment>transition</comment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>released</source>
        <comment>transition</comment>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unscheduled</source>
        <comment>transition</comment>
        <translation>aus der Planung genommen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rescheduled</source>
        <comment>transition</comment>
        <translation>umgeplant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>changed in scope</source>
        <comment>transition</comment>
        <translation>im Umfang geändert</translation>
    </message>
    <message>
        <location line="+7" />
        <source>marked %1</source>
        <comment>transition</comment>
        <translation>als %1 markiert</translation>
    </message>
    <message>
        <location line="+9" />
        <source>create changes</source>
        <translation>Änderungen anlegen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>change the scope of someone else's change</source>
        <translation>den Umfang der Änderung einer anderen Person ändern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reschedule someone else's change</source>
        <translation>die Änderung einer anderen Person umplanen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>submit someone else's change</source>
        <translation>die Änderung einer anderen Person einreichen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>assess changes</source>
        <translation>Änderungen bewerten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>decide on changes</source>
        <translation>über Änderungen entscheiden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>schedule changes</source>
        <translation>Änderungen einplanen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unschedule changes</source>
        <translation>Änderungen aus der Planung nehmen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start changes</source>
        <translation>Änderungen starten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>finish changes</source>
        <translation>Änderungen abschließen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>review emergency changes</source>
        <translation>Notfalländerungen prüfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>close changes</source>
        <translation>Änderungen schließen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comment on changes</source>
        <translation>Änderungen kommentieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>override a freeze</source>
        <translation>einen Freeze übersteuern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>override gates</source>
        <translation>Gates übersteuern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>apply policies</source>
        <translation>Richtlinien anwenden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>grant break-glass access</source>
        <translation>Break-Glass-Zugriff gewähren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>create releases</source>
        <translation>Releases anlegen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>drive releases</source>
        <translation>Releases steuern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>continue releases</source>
        <translation>Releases fortsetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>roll releases back</source>
        <translation>Releases zurückrollen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pause releases</source>
        <translation>Releases pausieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>act on rollouts</source>
        <translation>Rollout-Aktionen ausführen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>approve as %1</source>
        <translation>als %1 genehmigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>override the freeze %1</source>
        <translation>den Freeze %1 übersteuern</translation>
    </message>
    <message>
        <location line="+13" />
        <source>permission denied: only %1 may %2</source>
        <translation>Berechtigung verweigert: nur %1 darf %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>permission denied: the %1 policy (version %2) lets only %3 %4, and %5 holds none of these roles</source>
        <translation>Berechtigung verweigert: laut Richtlinie "%1" (Version %2) darf nur %3 %4, und %5 hat keine dieser Rollen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>permission denied: the %1 policy (version %2) lets only %3 %4, not %5</source>
        <translation>Berechtigung verweigert: laut Richtlinie "%1" (Version %2) darf nur %3 %4, nicht %5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>permission denied: %1 holds none of the roles the %2 policy asks to approve (%3)</source>
        <translation>Berechtigung verweigert: %1 hat keine der Rollen, die laut Richtlinie "%2" genehmigen sollen (%3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the %1 policy does not ask for a %2 approval</source>
        <translation>die Richtlinie "%1" verlangt keine Genehmigung durch %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no policy has been applied to the control store yet</source>
        <translation>auf den Kontrollspeicher wurde noch keine Richtlinie angewendet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>policy version %1 does not cover environment %2</source>
        <translation>Richtlinienversion %1 deckt Umgebung %2 nicht ab</translation>
    </message>
    <message>
        <location line="+4" />
        <source>policy version %1 has no rules for tier %2</source>
        <translation>Richtlinienversion %1 hat keine Regeln für Stufe %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the policy for this tier has no emergency path</source>
        <translation>die Richtlinie für diese Stufe hat keinen Notfallpfad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>risk score %1 exceeds the maximum %2 of the %3 policy</source>
        <translation>Risikowert %1 überschreitet das Maximum %2 der Richtlinie "%3"</translation>
    </message>
    <message>
        <location line="+7" />
        <source>separation of duties: %1 requested change %2 and cannot approve it</source>
        <translation>Funktionstrennung: %1 hat Änderung %2 beantragt und kann sie nicht genehmigen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 implements change %2 and cannot approve it</source>
        <translation>Funktionstrennung: %1 setzt Änderung %2 um und kann sie nicht genehmigen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 has already approved change %2 (one person fills one required role)</source>
        <translation>Funktionstrennung: %1 hat Änderung %2 bereits genehmigt (eine Person besetzt eine erforderliche Rolle)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>separation of duties: %1 requested change %2 and cannot decide on it</source>
        <translation>Funktionstrennung: %1 hat Änderung %2 beantragt und kann nicht darüber entscheiden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 approved change %2 and cannot implement it</source>
        <translation>Funktionstrennung: %1 hat Änderung %2 genehmigt und kann sie nicht umsetzen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 cannot review a change they requested or implemented</source>
        <translation>Funktionstrennung: %1 kann keine selbst beantragte oder umgesetzte Änderung prüfen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 cannot override a freeze for their own change</source>
        <translation>Funktionstrennung: %1 kann keinen Freeze für die eigene Änderung übersteuern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: %1 cannot override gates of their own change</source>
        <translation>Funktionstrennung: %1 kann keine Gates der eigenen Änderung übersteuern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>separation of duties: an administrator cannot grant break-glass access to themselves</source>
        <translation>Funktionstrennung: ein Administrator kann sich selbst keinen Break-Glass-Zugriff gewähren</translation>
    </message>
    <message>
        <location line="+4" />
        <source>change %1 does not exist</source>
        <translation>Änderung %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+5" />
        <source>change %1 is %2: it cannot be %3</source>
        <translation>Änderung %1 hat den Status "%2": sie kann nicht %3 werden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>infrastructure changes are kept apart from application changes: file them as a separate change</source>
        <translation>Infrastrukturänderungen werden von Anwendungsänderungen getrennt gehalten: erfassen Sie sie als separate Änderung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a reschedule needs a reason</source>
        <translation>eine Umplanung erfordert eine Begründung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>say why in a comment</source>
        <translation>geben Sie die Begründung in einem Kommentar an</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown outcome %1</source>
        <translation>unbekanntes Ergebnis %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>change %1 needs no post-implementation review</source>
        <translation>Änderung %1 benötigt kein Post-Implementation-Review</translation>
    </message>
    <message>
        <location line="+2" />
        <source>change %1 was already reviewed</source>
        <translation>Änderung %1 wurde bereits geprüft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a review needs its findings in a comment</source>
        <translation>für ein Review müssen die Ergebnisse in einem Kommentar stehen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>emergency change %1 cannot be closed before the CAB's post-implementation review</source>
        <translation>Notfalländerung %1 kann nicht vor dem Post-Implementation-Review des CAB geschlossen werden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>returning a scheduled change to approved needs a reason</source>
        <translation>eine eingeplante Änderung auf "genehmigt" zurückzusetzen erfordert eine Begründung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown role %1</source>
        <translation>unbekannte Rolle %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a freeze override needs the rule and a reason</source>
        <translation>eine Freeze-Übersteuerung erfordert die Regel und eine Begründung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a gate override needs the gate and a reason</source>
        <translation>eine Gate-Übersteuerung erfordert das Gate und eine Begründung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>break-glass access cannot grant role %1</source>
        <translation>Break-Glass-Zugriff kann die Rolle %1 nicht gewähren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>break-glass access needs a reason</source>
        <translation>Break-Glass-Zugriff erfordert eine Begründung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>break-glass access must expire within the next 24 hours</source>
        <translation>Break-Glass-Zugriff muss innerhalb der nächsten 24 Stunden ablaufen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no login role %1</source>
        <translation>keine Login-Rolle %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a policy document needs "tiers" and "environments" objects</source>
        <translation>ein Richtliniendokument benötigt die Objekte "tiers" und "environments"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>policy for tier %1 is not an object</source>
        <translation>Richtlinie für Stufe %1 ist kein Objekt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>policy for tier %1: approval %2 is not a known role with a count of at least 1</source>
        <translation>Richtlinie für Stufe %1: Genehmigung %2 ist keine bekannte Rolle mit einer Anzahl von mindestens 1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>policy for tier %1: %2OverrideRoles must be a list of known roles</source>
        <translation>Richtlinie für Stufe %1: %2OverrideRoles muss eine Liste bekannter Rollen sein</translation>
    </message>
    <message>
        <location line="+4" />
        <source>audit_log is append-only: %1 is not allowed</source>
        <translation>audit_log ist nur erweiterbar (append-only): %1 ist nicht erlaubt</translation>
    </message>
    <message>
        <location line="+32" />
        <source>requester</source>
        <comment>role</comment>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cab-member</source>
        <comment>role</comment>
        <translation>CAB-Mitglied</translation>
    </message>
    <message>
        <location line="+2" />
        <source>business-owner</source>
        <comment>role</comment>
        <translation>Fachverantwortlicher</translation>
    </message>
    <message>
        <location line="+2" />
        <source>release-manager</source>
        <comment>role</comment>
        <translation>Release-Manager</translation>
    </message>
    <message>
        <location line="+2" />
        <source>support</source>
        <comment>role</comment>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+2" />
        <source>admin</source>
        <comment>role</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nobody</source>
        <comment>role</comment>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message numerus="yes">
        <location filename="../app/validatecommand.cpp" line="+54" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n file(s)</source>
        <translation>
            <numerusform>in %n Datei</numerusform>
            <numerusform>in %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%1: valid — %n file(s) checked</source>
        <translation>
            <numerusform>%1: gültig — %n Datei geprüft</numerusform>
            <numerusform>%1: gültig — %n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
</TS>
