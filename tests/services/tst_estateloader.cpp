#include "services/estatediagnosticsformat.h"
#include "services/estateloader.h"
#include "services/estatevalues.h"

#include "estatefixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using Services::EstateLoader;
using Services::EstateLoadResult;

namespace {

QString errorsOf(const EstateLoadResult &result)
{
    QStringList lines;
    for (const Models::Diagnostic &d : result.diagnostics)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestEstateLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    EstateLoadResult load(const Files &files) { return EstateLoader::loadDocuments(files, m_dir.path()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("holidays")));
        QFile ics(m_dir.filePath(QStringLiteral("holidays/nl.ics")));
        QVERIFY(ics.open(QIODevice::WriteOnly));
        ics.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    }

    void validEstateLoadsEveryField()
    {
        const EstateLoadResult result = load(validEstate());
        QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
        QVERIFY(result.diagnostics.isEmpty());
        QVERIFY(result.estate);
        const Models::Estate &estate = *result.estate;
        QCOMPARE(estate.name, QStringLiteral("northwind"));
        QCOMPARE(estate.defaultTimeZone, QStringLiteral("Europe/Amsterdam"));
        QCOMPARE(estate.sites.size(), 2);
        const Models::Site *rotterdam = estate.site(QStringLiteral("rotterdam"));
        QVERIFY(rotterdam);
        QCOMPARE(rotterdam->country, QStringLiteral("NL"));
        QCOMPARE(rotterdam->location, (Models::SourceLocation{QStringLiteral("sites.yaml"), 3, 18}));
        QCOMPARE(rotterdam->cycles.size(), 1);
        const Models::OperatingCycle &wave = rotterdam->cycles.first();
        QCOMPARE(wave.kind, QStringLiteral("wave-picking"));
        QVERIFY(wave.impact == Models::Criticality::Critical);
        QCOMPARE(wave.when.startTime, QTime(6, 0));
        QCOMPARE(wave.when.durationSeconds, 9000);
        QCOMPARE(wave.when.startDate, QDate(2026, 1, 1));
        QCOMPARE(wave.when.rrule, QStringLiteral("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"));

        const Models::Environment *prod = estate.environment(QStringLiteral("production-eu"));
        QVERIFY(prod);
        QVERIFY(prod->tier == Models::Tier::Production);
        QVERIFY(prod->hosting == Models::Hosting::Dedicated);
        QCOMPARE(prod->kubeNamespace, QStringLiteral("odoo-prod-eu"));
        QCOMPARE(prod->odooDatabase.port, 5432);
        QCOMPARE(prod->odooDatabase.passwordRef, QStringLiteral("keychain:gatehouse/prod-eu-odoo"));
        QCOMPARE(prod->prometheusUrl, QUrl(QStringLiteral("http://127.0.0.1:9090")));
        QCOMPARE(prod->workloads.size(), 1);
        QCOMPARE(prod->workloads.first().replicas, 4);
        QCOMPARE(prod->location.file, QStringLiteral("environments/prod.yaml"));

        const Models::Integration *edi = estate.integration(QStringLiteral("edi-gateway"));
        QVERIFY(edi);
        QCOMPARE(edi->dependencies.size(), 1);
        QVERIFY(edi->dependencies.first().mode == Models::DependencyMode::Sync);
        QCOMPARE(edi->partners.first().schedule.first().timeZone, QStringLiteral("America/Chicago"));
        QCOMPARE(edi->contract.tables.first().columns.first().references, QStringLiteral("res_partner.id"));
        QCOMPARE(edi->credentials.first().second, QStringLiteral("keychain:gatehouse/edi-as2"));
        QCOMPARE(estate.integration(QStringLiteral("odoo-sale"))->moduleVersion, QStringLiteral("17.0.1.3"));

        const Models::Calendar *finance = estate.calendar(QStringLiteral("finance"));
        QVERIFY(finance);
        QCOMPARE(finance->holidays.first().icsPath, QDir::cleanPath(m_dir.filePath(QStringLiteral("holidays/nl.ics"))));
        QVERIFY(finance->businessCycles.at(0).businessDays.has_value());
        QCOMPARE(finance->businessCycles.at(0).businessDays->firstDays, 3);
        QVERIFY(finance->businessCycles.at(1).when.has_value());
        QCOMPARE(finance->freezes.first().end, QDateTime(QDate(2027, 1, 5), QTime(0, 0)));
        QCOMPARE(finance->freezes.first().allowedChangeTypes.size(), 2);
        QVERIFY(finance->maintenanceWindows.first().impactTier == Models::Criticality::High);

        const Models::Policy *policy = estate.policyForTier(Models::Tier::Production);
        QVERIFY(policy);
        QCOMPARE(policy->approvals.first().count, 2);
        QCOMPARE(policy->postImplementationReviewSeconds, 2 * 86400);
        QCOMPARE(policy->riskMaxScore, 80);
        QCOMPARE(policy->rollbackCriteria.first().forSeconds, 300);
        QCOMPARE(policy->promotionPath, (QStringList{QStringLiteral("development"), QStringLiteral("production-eu")}));
    }

    void loadFolderReadsYamlRecursivelyAndSkipsDotFiles()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &data) {
            QVERIFY(QFileInfo(dir.filePath(name)).dir().mkpath(QStringLiteral(".")));
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        for (const auto &[name, data] : validEstate())
            write(name, data);
        write(QStringLiteral("holidays/nl.ics"), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        write(QStringLiteral(".git/config.yaml"), "not: [valid");
        write(QStringLiteral(".hidden.yml"), "not: [valid");
        write(QStringLiteral("notes.txt"), "not: [valid");
        write(QStringLiteral("extra/more.yml"),
              "apiVersion: gatehouse/v1\nkind: Site\nmetadata: {name: singapore}\n"
              "spec: {timeZone: Asia/Singapore}\n");
        const EstateLoadResult result = EstateLoader::loadFolder(dir.path());
        QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
        QCOMPARE(result.files.size(), 7);
        QVERIFY(result.estate->site(QStringLiteral("singapore")));
        QCOMPARE(result.estate->site(QStringLiteral("singapore"))->location.file, QStringLiteral("extra/more.yml"));
        QCOMPARE(result.estate->rootPath, QDir(dir.path()).absolutePath());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        const QByteArray site = "apiVersion: gatehouse/v1\nkind: Site\nmetadata: {name: singapore}\nspec:\n";
        const QByteArray env = "apiVersion: gatehouse/v1\nkind: Environment\nmetadata: {name: staging}\nspec:\n"
                               "  tier: staging\n  hosting: multi-tenant\n  kubernetes: {context: s, namespace: n}\n";
        const QByteArray integration = "apiVersion: gatehouse/v1\nkind: Integration\nmetadata: {name: wms}\nspec:\n"
                                       "  kind: wms\n  criticality: high\n  owner: ops\n";
        const QByteArray calendar = "apiVersion: gatehouse/v1\nkind: Calendar\nmetadata: {name: ops}\nspec:\n";
        const QByteArray policy = "apiVersion: gatehouse/v1\nkind: Policy\nmetadata: {name: staging}\nspec:\n";

        QTest::newRow("syntax error") << QByteArray("apiVersion: gatehouse/v1\nkind: [Site\nmetadata: x\n") << 3 << 9
                                      << QStringLiteral("YAML syntax error: end of sequence flow not found");
        QTest::newRow("control character")
            << QByteArray("apiVersion: gatehouse/v1\nkind: Si\x01te\n", 38) << 2 << 9
            << QStringLiteral("YAML syntax error: control character 0x01 is not allowed in YAML text");
        QTest::newRow("stray comma") << QByteArray(
            ",a}\n") << 1 << 1 << QStringLiteral("YAML syntax error: unexpected character at the start of a document");
        QTest::newRow("document not a mapping") << QByteArray("- just\n- a list\n") << 1 << 1
                                                << QStringLiteral("the document must be a mapping (key: value pairs)");
        QTest::newRow("wrong apiVersion")
            << QByteArray("apiVersion: v1\nkind: Site\nmetadata: {name: x}\nspec: {timeZone: UTC}\n") << 1 << 13
            << QStringLiteral("'apiVersion' must be gatehouse/v1, got 'v1'");
        QTest::newRow("unknown kind") << QByteArray(
            "apiVersion: gatehouse/v1\nkind: Sites\nmetadata: {name: x}\nspec: {}\n")
                                      << 2 << 7
                                      << QStringLiteral("'kind' must be one of Estate, Site, Environment, Integration, "
                                                        "Calendar, Policy, got 'Sites'; did you mean 'Site'?");
        QTest::newRow("malformed name") << QByteArray(
            "apiVersion: gatehouse/v1\nkind: Site\nmetadata: {name: Tokyo_1}\nspec: {timeZone: Asia/Tokyo}\n")
                                        << 3 << 18
                                        << QStringLiteral("'metadata.name' must be lowercase letters, digits and '-', "
                                                          "starting and ending with a letter or digit, got 'Tokyo_1'");
        QTest::newRow("unknown key") << site + "  timeZone: Asia/Singapore\n  contry: SG\n"
                                     << 6 << 3
                                     << QStringLiteral("unknown key 'contry' in 'spec'; did you mean 'country'?");
        QTest::newRow("unknown key in a list item")
            << site
                + "  timeZone: Asia/Singapore\n  cycles:\n    - {name: w, kind: shift, start: \"06:00\", duration: PT1H, imapct: low}\n"
            << 7 << 62 << QStringLiteral("unknown key 'imapct' in 'spec.cycles[0]'; did you mean 'impact'?");
        QTest::newRow("wrong type") << site + "  timeZone: Asia/Singapore\n  holidays: nl-holidays\n"
                                    << 6 << 13 << QStringLiteral("'spec.holidays' must be a list, got 'nl-holidays'");
        QTest::newRow("wrong type integer")
            << env + "  workloads:\n    - {name: w, kind: other, replicas: four}\n"
            << 9 << 40 << QStringLiteral("'spec.workloads[0].replicas' must be an integer from 0 to 10000, got 'four'");
        QTest::newRow("missing required field") << integration.left(integration.lastIndexOf("  owner")) << 5 << 3
                                                << QStringLiteral("missing required key 'owner' in 'spec'");
        QTest::newRow("missing spec") << QByteArray("apiVersion: gatehouse/v1\nkind: Site\nmetadata: {name: x}\n") << 1
                                      << 1 << QStringLiteral("missing required key 'spec'");
        QTest::newRow("value not in set")
            << QByteArray(env).replace("tier: staging", "tier: prodution") << 5 << 9
            << QStringLiteral("'spec.tier' must be one of production, staging, development, "
                              "got 'prodution'; did you mean 'production'?");
        QTest::newRow("duplicate name")
            << QByteArray("apiVersion: gatehouse/v1\nkind: Site\nmetadata: {name: rotterdam}\n"
                          "spec: {timeZone: Europe/Amsterdam}\n")
            << 3 << 18 << QStringLiteral("duplicate Site name 'rotterdam'; the first is at sites.yaml:3:18");
        QTest::newRow("second estate") << QByteArray("apiVersion: gatehouse/v1\nkind: Estate\nmetadata: {name: other}\n"
                                                     "spec: {defaultTimeZone: UTC}\n")
                                       << 3 << 18
                                       << QStringLiteral(
                                              "a second Estate 'other'; exactly one Estate is allowed, the first "
                                              "is at estate.yaml:3:18");
        QTest::newRow("environment to unknown site")
            << env + "  sites: [chicgo]\n"
            << 8 << 11 << QStringLiteral("'spec.sites[0]' names an unknown site 'chicgo'; did you mean 'chicago'?");
        QTest::newRow("production environment without sites")
            << QByteArray(env).replace("tier: staging", "tier: production") << 5 << 3
            << QStringLiteral(
                   "missing required key 'sites' in 'spec' (a production environment names the sites it serves)");
        QTest::newRow("integration dependsOn unknown")
            << integration + "  dependsOn:\n    - {integration: odoo-stock, mode: sync}\n"
            << 9 << 21 << QStringLiteral("'spec.dependsOn[0].integration' names an unknown integration 'odoo-stock'");
        QTest::newRow("integration to unknown site")
            << integration + "  sites: [rotterdam, singapore]\n"
            << 8 << 22 << QStringLiteral("'spec.sites[1]' names an unknown site 'singapore'");
        QTest::newRow("integration to unknown environment")
            << integration + "  environments: [production-us]\n"
            << 8 << 18
            << QStringLiteral("'spec.environments[0]' names an unknown environment "
                              "'production-us'; did you mean 'production-eu'?");
        QTest::newRow("workload to unknown integration")
            << env + "  workloads:\n    - name: worker\n      kind: queue-worker\n      integrations: [edi-gatway]\n"
            << 11 << 22
            << QStringLiteral(
                   "'spec.workloads[0].integrations[0]' names an unknown integration 'edi-gatway'; did you mean 'edi-gateway'?");
        QTest::newRow("site to unknown holiday set")
            << site + "  timeZone: Asia/Singapore\n  holidays: [sg-holidays]\n"
            << 6 << 14
            << QStringLiteral("'spec.holidays[0]' names an unknown holiday set 'sg-holidays'; "
                              "did you mean 'nl-holidays'?");
        QTest::newRow("policy tier unknown")
            << policy + "  tier: qa\n"
            << 5 << 9 << QStringLiteral("'spec.tier' must be one of production, staging, development, got 'qa'");
        QTest::newRow("second policy for a tier")
            << policy + "  tier: production\n"
            << 5 << 9
            << QStringLiteral("a second Policy for tier production; one per tier, the first is at policy.yaml:5:9");
        QTest::newRow("policy promotionPath unknown")
            << policy + "  tier: staging\n  promotionPath: [development, staging]\n"
            << 6 << 32 << QStringLiteral("'spec.promotionPath[1]' names an unknown environment 'staging'");
        QTest::newRow("freeze environments unknown")
            << calendar + "  freezes:\n    - {name: f, start: 2026-12-01, end: 2026-12-02, environments: [prod]}\n"
            << 6 << 68 << QStringLiteral("'spec.freezes[0].environments[0]' names an unknown environment 'prod'");
        QTest::newRow("sync dependency cycle")
            << QByteArray("apiVersion: gatehouse/v1\nkind: Integration\nmetadata: {name: a}\nspec:\n  kind: other\n"
                          "  criticality: low\n  owner: x\n  dependsOn: [{integration: b, mode: sync}]\n---\n"
                          "apiVersion: gatehouse/v1\nkind: Integration\nmetadata: {name: b}\nspec:\n  kind: other\n"
                          "  criticality: low\n  owner: x\n  dependsOn: [{integration: a, mode: sync}]\n")
            << 8 << 29
            << QStringLiteral(
                   "dependency cycle made only of sync links: a → b → a; a cycle of sync dependencies can never "
                   "start, make one link async or batch");
        QTest::newRow("malformed rrule") << site
                + "  timeZone: Asia/Singapore\n  cycles:\n    - {name: w, kind: shift, rrule: FREQ=DAYLY, start: \"06:00\", duration: PT1H}\n"
                                         << 7 << 37
                                         << QStringLiteral("'spec.cycles[0].rrule' is not a valid RRULE 'FREQ=DAYLY'");
        QTest::newRow("unknown time zone")
            << site + "  timeZone: Asia/Singapur\n"
            << 5 << 13
            << QStringLiteral("'spec.timeZone': unknown time zone 'Asia/Singapur'; expected an IANA "
                              "identifier such as Europe/Amsterdam");
        QTest::newRow("malformed duration")
            << site
                + "  timeZone: Asia/Singapore\n  cycles:\n    - {name: w, kind: shift, start: \"06:00\", duration: 2h}\n"
            << 7 << 56
            << QStringLiteral("'spec.cycles[0].duration' must be an ISO 8601 duration such as PT30M, "
                              "PT2H or P1DT12H (no years or months), got '2h'");
        QTest::newRow("malformed time") << site
                + "  timeZone: Asia/Singapore\n  cycles:\n    - {name: w, kind: shift, start: \"6 am\", duration: PT1H}\n"
                                        << 7 << 37
                                        << QStringLiteral(
                                               "'spec.cycles[0].start' must be a time of day HH:MM (24 h), got '6 am'");
        QTest::newRow("malformed date")
            << site
                + "  timeZone: Asia/Singapore\n  cycles:\n    - {name: w, kind: shift, startDate: 2026-02-30, start: \"06:00\", duration: PT1H}\n"
            << 7 << 41 << QStringLiteral("'spec.cycles[0].startDate' must be a date YYYY-MM-DD, got '2026-02-30'");
        QTest::newRow("malformed date-time")
            << calendar + "  freezes:\n    - {name: f, start: 2026-12-01T25:00, end: 2026-12-02}\n"
            << 6 << 24
            << QStringLiteral("'spec.freezes[0].start' must be a date YYYY-MM-DD or a date-time "
                              "YYYY-MM-DDTHH:MM[:SS], got '2026-12-01T25:00'");
        QTest::newRow("freeze end before start")
            << calendar + "  freezes:\n    - {name: f, start: 2026-12-02, end: 2026-12-01T12:00}\n"
            << 6 << 41
            << QStringLiteral("'spec.freezes[0].end' (2026-12-01T12:00:00) must be after start (2026-12-02T00:00:00)");
        QTest::newRow("inline database password")
            << env + "  odooDatabase: {host: h, name: odoo, user: u, password: hunter2-secret}\n"
            << 8 << 58
            << QStringLiteral(
                   "'spec.odooDatabase.password' must be a secret reference keychain:<service>/<account>; secrets "
                   "are never written in the estate (the value is not shown)");
        QTest::newRow("inline credential")
            << integration + "  credentials:\n    api-key: sk_live_hunter2\n"
            << 9 << 14
            << QStringLiteral("'spec.credentials.api-key' must be a secret reference keychain:<service>/"
                              "<account>; secrets are never written in the estate (the value is not shown)");
        QTest::newRow("missing ics file")
            << calendar + "  holidays:\n    - {name: sg-holidays, ics: holidays/sg.ics}\n"
            << 6 << 32 << QStringLiteral("'spec.holidays[0].ics': holiday file 'holidays/sg.ics' does not exist");
        QTest::newRow("duplicate key") << site + "  timeZone: Asia/Singapore\n  timeZone: UTC\n"
                                       << 6 << 3
                                       << QStringLiteral("key 'spec.timeZone' appears twice; the first is at line 5");
        QTest::newRow("stray comma after a document")
            << site + "  timeZone: Asia/Singapore\n--- ,\n"
            << 6 << 5 << QStringLiteral("YAML syntax error: unexpected character at the start of a document");
        QTest::newRow("unknown alias") << site + "  timeZone: *tz\n"
                                       << 5 << 13
                                       << QStringLiteral("YAML syntax error: the referenced anchor is not defined");
        QTest::newRow("alias to a list") << site
                + "  timeZone: Asia/Singapore\n  holidays: &h [nl-holidays]\n  country: *h\n"
                                         << 6 << 13 << QStringLiteral("'spec.country' must be a string, got a list");
        QTest::newRow("duplicate key through an alias")
            << site + "  &k timeZone: Asia/Singapore\n  *k : UTC\n"
            << 5 << 3 << QStringLiteral("key 'spec.timeZone' appears twice; the first is at line 5");
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);

        Files files = validEstate();
        files.append({QStringLiteral("zz/broken.yaml"), yaml});
        const EstateLoadResult result = load(files);
        QVERIFY(result.hasErrors());
        QVERIFY(!result.estate);
        QCOMPARE(result.diagnostics.size(), 1);
        const Models::Diagnostic &d = result.diagnostics.first();
        QVERIFY2(d.message.startsWith(message), qPrintable(errorsOf(result)));
        QCOMPARE(d.location.file, QStringLiteral("zz/broken.yaml"));
        QCOMPARE(d.location.line, line);
        QCOMPARE(d.location.column, column);
        QVERIFY(d.severity == Models::Diagnostic::Severity::Error);
    }

    void aliasReadsTheAnchoredValue()
    {
        Files files = validEstate();
        files.append({QStringLiteral("zz/alias.yaml"),
                      QByteArray("apiVersion: gatehouse/v1\nkind: Site\nmetadata: {name: singapore}\nspec:\n"
                                 "  timeZone: &tz Asia/Singapore\n  displayName: *tz\n"
                                 "---\n# only a comment\n")});
        const EstateLoadResult result = load(files);
        QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
        QVERIFY(result.estate);
        const Models::Site *singapore = result.estate->site(QStringLiteral("singapore"));
        QVERIFY(singapore);
        QCOMPARE(singapore->displayName, QStringLiteral("Asia/Singapore"));
        QCOMPARE(singapore->timeZone, QStringLiteral("Asia/Singapore"));
    }

    void asyncCycleIsAllowed()
    {
        // odoo-sale → edi-gateway is async, edi-gateway → odoo-sale sync: a mixed cycle.
        const EstateLoadResult result = load(validEstate());
        QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
    }

    void missingEstateIsReported()
    {
        Files files = validEstate();
        files.removeFirst();
        const EstateLoadResult result = load(files);
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.first().location.file, QDir::cleanPath(m_dir.path()));
        QCOMPARE(result.diagnostics.first().location.line, 0);
        QVERIFY(result.diagnostics.first().message.startsWith(QStringLiteral("no Estate document")));
        QVERIFY(!result.estate);
    }

    void allErrorsOfAllFilesAtOnceSorted()
    {
        Files files = validEstate();
        files.append({QStringLiteral("b.yaml"),
                      QByteArray("apiVersion: gatehouse/v1\nkind: Site\nmetadata: {name: b}\n"
                                 "spec: {timeZone: Mars/Base, colour: red}\n")});
        files.append({QStringLiteral("a.yaml"), QByteArray("kind: [\n")});
        files.append({QStringLiteral("c.yaml"),
                      QByteArray("apiVersion: gatehouse/v1\nkind: Policy\nmetadata: {name: p}\n"
                                 "spec: {tier: staging, risk: {cabThreshold: 101}}\n")});
        const EstateLoadResult result = load(files);
        QVERIFY(!result.estate);
        QStringList places;
        for (const Models::Diagnostic &d : result.diagnostics)
            places << d.location.toString();
        QCOMPARE(places,
                 (QStringList{QStringLiteral("a.yaml:2:1"), QStringLiteral("b.yaml:4:18"),
                              QStringLiteral("b.yaml:4:29"), QStringLiteral("c.yaml:4:44")}));
    }

    void inlineSecretNeverInMessages_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("password") << QByteArray(
            "apiVersion: gatehouse/v1\nkind: Environment\nmetadata: {name: s}\nspec:\n"
            "  tier: staging\n  hosting: dedicated\n  kubernetes: {context: c, namespace: n}\n"
            "  odooDatabase: {host: h, name: d, user: u, password: Tr0ub4dor&3}\n");
        QTest::newRow("password as a list")
            << QByteArray("apiVersion: gatehouse/v1\nkind: Environment\nmetadata: {name: s}\nspec:\n"
                          "  tier: staging\n  hosting: dedicated\n  kubernetes: {context: c, namespace: n}\n"
                          "  odooDatabase: {host: h, name: d, user: u, password: [Tr0ub4dor&3]}\n");
        QTest::newRow("credential") << QByteArray(
            "apiVersion: gatehouse/v1\nkind: Integration\nmetadata: {name: i}\nspec:\n"
            "  kind: tax\n  criticality: low\n  owner: o\n  credentials: {token: Tr0ub4dor&3}\n");
        QTest::newRow("credential near a reference")
            << QByteArray("apiVersion: gatehouse/v1\nkind: Integration\nmetadata: {name: i}\nspec:\n"
                          "  kind: tax\n  criticality: low\n  owner: o\n"
                          "  credentials: {token: 'keychain:Tr0ub4dor&3'}\n");
    }

    void inlineSecretNeverInMessages()
    {
        QFETCH(QByteArray, yaml);
        Files files = validEstate();
        files.append({QStringLiteral("secret.yaml"), yaml});
        const EstateLoadResult result = load(files);
        QCOMPARE(result.diagnostics.size(), 1);
        QVERIFY(!result.estate);
        QVERIFY(!result.diagnostics.first().message.contains(QStringLiteral("Tr0ub4dor")));
        QVERIFY(!Services::formatDiagnosticsText(result.diagnostics).contains(QStringLiteral("Tr0ub4dor")));
        QVERIFY(!Services::formatDiagnosticsJson(result.diagnostics, result.files).contains("Tr0ub4dor"));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("30 minutes") << QStringLiteral("PT30M") << qint64(1800);
        QTest::newRow("mixed") << QStringLiteral("P1DT12H") << qint64(129600);
        QTest::newRow("weeks") << QStringLiteral("P2W") << qint64(1209600);
        QTest::newRow("seconds") << QStringLiteral("PT90S") << qint64(90);
        QTest::newRow("months are refused") << QStringLiteral("P1M") << qint64(-1);
        QTest::newRow("years are refused") << QStringLiteral("P1Y") << qint64(-1);
        QTest::newRow("bare T") << QStringLiteral("P1DT") << qint64(-1);
        QTest::newRow("wrong order") << QStringLiteral("PT5M2H") << qint64(-1);
        QTest::newRow("zero") << QStringLiteral("PT0M") << qint64(-1);
        QTest::newRow("lowercase") << QStringLiteral("pt5m") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(Services::EstateValues::parseDuration(text).value_or(-1), seconds);
    }

    void formats()
    {
        Files files = validEstate();
        files.append({QStringLiteral("x.yaml"), QByteArray("kind: [\n")});
        const EstateLoadResult result = load(files);
        QCOMPARE(Services::formatDiagnosticsText(result.diagnostics),
                 QStringLiteral("x.yaml:2:1: error: YAML syntax error: end of sequence flow not found\n"));
        const QJsonObject json =
            QJsonDocument::fromJson(Services::formatDiagnosticsJson(result.diagnostics, result.files)).object();
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("files")).toArray().size(), files.size());
        const QJsonObject d = json.value(QStringLiteral("diagnostics")).toArray().first().toObject();
        QCOMPARE(d.value(QStringLiteral("file")).toString(), QStringLiteral("x.yaml"));
        QCOMPARE(d.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(d.value(QStringLiteral("column")).toInt(), 1);
        QCOMPARE(d.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    }

    void largeEstateLoadsQuickly()
    {
        // 500 integrations, 2,000 dependencies, 50 environments, 20 sites: the size.
        Files files = validEstate();
        QByteArray sites;
        for (int s = 0; s < 20; ++s)
            sites += "---\napiVersion: gatehouse/v1\nkind: Site\nmetadata: {name: site-" + QByteArray::number(s)
                + "}\nspec:\n  timeZone: Europe/Berlin\n  cycles:\n    - {name: wave, kind: wave-picking, "
                  "rrule: FREQ=DAILY, start: \"06:00\", duration: PT2H}\n";
        files.append({QStringLiteral("big/sites.yaml"), sites});
        QByteArray envs;
        for (int e = 0; e < 50; ++e)
            envs += "---\napiVersion: gatehouse/v1\nkind: Environment\nmetadata: {name: env-" + QByteArray::number(e)
                + "}\nspec:\n  tier: production\n  hosting: dedicated\n  sites: [site-" + QByteArray::number(e % 20)
                + "]\n  kubernetes: {context: c, namespace: n}\n  workloads:\n    - {name: w, kind: other, integrations: [int-"
                + QByteArray::number(e) + "]}\n";
        files.append({QStringLiteral("big/environments.yaml"), envs});
        QByteArray integrations;
        for (int i = 0; i < 500; ++i) {
            integrations += "---\napiVersion: gatehouse/v1\nkind: Integration\nmetadata: {name: int-"
                + QByteArray::number(i)
                + "}\nspec:\n  kind: other\n  criticality: medium\n  owner: team\n  sites: [site-"
                + QByteArray::number(i % 20) + "]\n  dependsOn:\n";
            for (int d = 1; d <= 4 && i + d < 500; ++d)
                integrations += "    - {integration: int-" + QByteArray::number(i + d)
                    + ", mode: " + (d % 2 ? "sync" : "async") + "}\n";
        }
        files.append({QStringLiteral("big/integrations.yaml"), integrations});
        QElapsedTimer timer;
        timer.start();
        const EstateLoadResult result = load(files);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result).left(2000)));
        QCOMPARE(result.estate->integrations.size(), 502);
        qInfo("large estate: %lld ms", elapsed);
        // Generous bound for a loaded debug build on a shared machine; the benchmark measures release.
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    }

    void demoEstateIsValid()
    {
        const EstateLoadResult result = EstateLoader::loadFolder(
            QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
        QVERIFY2(!result.hasErrors(), qPrintable(errorsOf(result)));
        QVERIFY(result.estate);
        QVERIFY(result.estate->sites.size() >= 3);
        QCOMPARE(result.estate->environments.size(), 4);
        QVERIFY(result.estate->integrations.size() >= 15);
    }
};

QTEST_GUILESS_MAIN(TestEstateLoader)
#include "tst_estateloader.moc"
