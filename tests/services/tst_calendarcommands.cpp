// `gatehouse calendar`, `check-window` and `next-window` run as a pipeline would run
// them: the built executable on the demo estate, checking exit codes and output.

#include "models/conflictchecker.h"
#include "models/icsparser.h"
#include "services/estateloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse::Models;

namespace {

const QString kEstate = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run gatehouse(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // No saved settings: a control store configured on this machine must not count here.
    static QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse"), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.toUTC();
}

QStringList names(const char *csv)
{
    return QString::fromLatin1(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestCalendarCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse")), "build the gatehouse target first");
    }

    void checkWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("words");
        const QStringList base{QStringLiteral("check-window"), QStringLiteral("--estate"), kEstate};
        // Friday 5 March 2027 22:00 Chicago: ACME's po-850 slot, reached from odoo-sale through edi-gateway.
        QTest::newRow("blocked by partner slot")
            << base + names("--environment,production-us,--integrations,odoo-sale,--start,2027-03-05T22:00:00-06:00,--duration,PT30M")
            << 1 << "Partner acme-retail's slot po-850 on Fri 2027-03-05 22:00–22:45 America/Chicago";
        QTest::newRow("blocked by freeze")
            << base + names("--environment,production-eu,--integrations,bi-export,--start,2026-12-02T03:00:00Z,--duration,PT1H")
            << 1 << "Freeze peak-season";
        QTest::newRow("freeze allows emergency")
            << base + names("--environment,staging,--integrations,bi-export,--start,2026-12-02T03:00:00Z,--duration,PT1H,--type,emergency")
            << 0 << "safe:";
        QTest::newRow("safe in maintenance window")
            << base + names("--environment,production-eu,--integrations,bi-export,--start,2027-06-08T10:15:00+02:00,--duration,PT30M")
            << 0 << "safe:";
        QTest::newRow("unknown environment")
            << base + names("--environment,mars,--integrations,bi-export,--start,2027-06-08T10:15:00Z,--duration,PT30M")
            << 2 << "mars";
        QTest::newRow("bad duration")
            << base + names("--environment,staging,--integrations,bi-export,--start,2027-06-08T10:15:00Z,--duration,half an hour")
            << 2 << "--duration";
        QTest::newRow("bad type")
            << base + names("--environment,staging,--integrations,bi-export,--start,2027-06-08T10:15:00Z,--duration,PT1H,--type,urgent")
            << 2 << "--type";
        QTest::newRow("missing start")
            << base + names("--environment,staging,--integrations,bi-export,--duration,PT1H")
            << 2 << "--start";
    }

    void checkWindow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, words);
        const Run run = gatehouse(arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        QVERIFY2(QString(run.out + run.err).contains(words), qPrintable(run.out + run.err));
    }

    void checkWindowPrintsTheCheckersWords()
    {
        // The CLI prints Conflict::message verbatim: the same words the UI shows.
        const auto estate = Gatehouse::Services::EstateLoader::loadFolder(kEstate).estate;
        QVERIFY(estate);
        ChangeWindow w;
        w.environment = QStringLiteral("production-us");
        w.integrations = {QStringLiteral("odoo-base")};
        w.start = utc(QStringLiteral("2027-03-06T04:00:00Z"));
        w.end = w.start.addSecs(1800);
        ConflictChecker checker(estate, w.start.addDays(-2), w.end.addDays(2));
        checker.setViewerTimeZone(QTimeZone(QByteArrayLiteral("UTC")));
        const QList<Conflict> conflicts = checker.check(w);
        QVERIFY(!conflicts.isEmpty());
        const Run run = gatehouse({QStringLiteral("check-window"), QStringLiteral("--estate"), kEstate,
                                   QStringLiteral("--environment"), w.environment, QStringLiteral("--integrations"),
                                   QStringLiteral("odoo-base"), QStringLiteral("--start"),
                                   QStringLiteral("2027-03-06T04:00:00Z"), QStringLiteral("--duration"),
                                   QStringLiteral("PT30M"), QStringLiteral("--time-zone"), QStringLiteral("UTC")});
        QCOMPARE(run.exitCode, 1);
        for (const Conflict &c : conflicts)
            QVERIFY2(run.out.contains(c.message), qPrintable(c.message));
        QVERIFY(run.out.contains(QStringLiteral("odoo-base → odoo-sale → edi-gateway")));
    }

    void overlappingChangesFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changes.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"id": 12, "environment": "staging", "integrations": ["odoo-stock"],
                        "start": "2027-06-08T09:00:00Z", "end": "2027-06-08T11:00:00Z"}])");
        file.close();
        const QStringList args{QStringLiteral("check-window"), QStringLiteral("--estate"), kEstate,
                               QStringLiteral("--environment"), QStringLiteral("staging"),
                               QStringLiteral("--integrations"), QStringLiteral("bi-export"),
                               QStringLiteral("--start"), QStringLiteral("2027-06-08T10:00:00Z"),
                               QStringLiteral("--duration"), QStringLiteral("PT1H"), QStringLiteral("--changes"), path,
                               QStringLiteral("--format"), QStringLiteral("json")};
        const Run run = gatehouse(args);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("safe")).toBool(true), false);
        const QJsonObject first = o.value(QLatin1String("conflicts")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("overlapping-change"));
        QCOMPARE(first.value(QLatin1String("otherChange")).toInteger(), 12);
    }

    void nextWindowProposalsPassCheckWindow()
    {
        const Run run = gatehouse({QStringLiteral("next-window"), QStringLiteral("--estate"), kEstate,
                                   QStringLiteral("--environment"), QStringLiteral("production-us"),
                                   QStringLiteral("--integrations"), QStringLiteral("odoo-sale"),
                                   QStringLiteral("--duration"), QStringLiteral("PT2H"), QStringLiteral("--after"),
                                   QStringLiteral("2027-03-05T12:00:00Z"), QStringLiteral("--count"),
                                   QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray proposals = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(proposals.size(), 3);
        for (const QJsonValue &value : proposals) {
            const QString start = value.toObject().value(QLatin1String("start")).toString();
            QVERIFY(utc(start) >= utc(QStringLiteral("2027-03-05T12:00:00Z")));
            QVERIFY(!value.toObject().value(QLatin1String("explanation")).toString().isEmpty());
            const Run check = gatehouse({QStringLiteral("check-window"), QStringLiteral("--estate"), kEstate,
                                         QStringLiteral("--environment"), QStringLiteral("production-us"),
                                         QStringLiteral("--integrations"), QStringLiteral("odoo-sale"),
                                         QStringLiteral("--start"), start, QStringLiteral("--duration"),
                                         QStringLiteral("PT2H")});
            QVERIFY2(check.exitCode == 0, qPrintable(start + QLatin1Char(' ') + check.out));
        }
        const Run text = gatehouse({QStringLiteral("next-window"), QStringLiteral("--estate"), kEstate,
                                    QStringLiteral("--environment"), QStringLiteral("production-us"),
                                    QStringLiteral("--integrations"), QStringLiteral("odoo-sale"),
                                    QStringLiteral("--duration"), QStringLiteral("PT2H"), QStringLiteral("--after"),
                                    QStringLiteral("2027-03-05T12:00:00Z")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith(QStringLiteral("1. 2027-")));
    }

    void calendarFormats()
    {
        const QStringList base{QStringLiteral("calendar"), QStringLiteral("--estate"), kEstate, QStringLiteral("--from"),
                               QStringLiteral("2027-03-01"), QStringLiteral("--to"), QStringLiteral("2027-03-08"),
                               QStringLiteral("--site"), QStringLiteral("chicago")};
        const Run text = gatehouse(base);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Fri 2027-03-05 22:00 – Fri 2027-03-05 22:45 America/Chicago")), qPrintable(text.out.left(2000)));
        QVERIFY(!text.out.contains(QStringLiteral("postnl-cutoff")));

        const Run json = gatehouse(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(array.size() > 50);
        bool sawUpsCutoff = false;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("name")).toString() == QStringLiteral("ups-cutoff")
                && o.value(QLatin1String("start")).toString() == QStringLiteral("2027-03-01T22:00:00Z"))
                sawUpsCutoff = true; // 16:00 CST
        }
        QVERIFY(sawUpsCutoff);

        const Run ics = gatehouse(base + QStringList{QStringLiteral("--format"), QStringLiteral("ics")});
        QCOMPARE(ics.exitCode, 0);
        const IcsCalendar parsed = IcsParser::parse(ics.out.toUtf8(), QStringLiteral("stdout"));
        QVERIFY(!parsed.hasErrors());
        QCOMPARE(parsed.events.size(), array.size());
        QVERIFY(ics.out.contains(QStringLiteral("BEGIN:VTIMEZONE")));

        const Run bad = gatehouse({QStringLiteral("calendar"), QStringLiteral("--estate"), kEstate,
                                   QStringLiteral("--from"), QStringLiteral("2027-03-08"), QStringLiteral("--to"),
                                   QStringLiteral("2027-03-01")});
        QCOMPARE(bad.exitCode, 2);
        const Run badSite = gatehouse(base.mid(0, 7) + QStringList{QStringLiteral("--site"), QStringLiteral("atlantis")});
        QCOMPARE(badSite.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCalendarCommands)
#include "tst_calendarcommands.moc"
