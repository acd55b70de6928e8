// The built `gatehouse` binary on the command line, with no display at all:
// what a CI job of the estate repository runs.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kDemoEstate = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Prove the headless paths need no display: no platform plugin hint, no X server.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GATEHOUSE_EXECUTABLE), arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

bool replaceInFile(const QString &path, const QString &from, const QString &to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        return false;
    text.replace(at, from.size(), to);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help();
    void helpInLanguage_data();
    void helpInLanguage();
    void badUsage_data();
    void badUsage();
    void validDemoEstate();
    void brokenEstate();
    void json();

private:
    QTemporaryDir m_broken;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(GATEHOUSE_EXECUTABLE)).isExecutable());
    QVERIFY(m_broken.isValid());
    QVERIFY(copyFolder(kDemoEstate, m_broken.path()));
    // Two independent errors in two files.
    QVERIFY(replaceInFile(m_broken.filePath(QStringLiteral("integrations/bi-export.yaml")),
                          QStringLiteral("criticality: "), QStringLiteral("criticality: catastrophic\n  x-was: ")));
    QVERIFY(replaceInFile(m_broken.filePath(QStringLiteral("sites/chicago.yaml")), QStringLiteral("timeZone: "),
                          QStringLiteral("timeZone: Mars/Olympus_Mons\n  x-was: ")));
}

void TestCommandLine::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("gatehouse " GATEHOUSE_VERSION));
}

void TestCommandLine::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("validate DIR")));
    QVERIFY(r.out.contains(QStringLiteral("--estate")));
}

void TestCommandLine::helpInLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("usageHeading");
    QTest::addColumn<QString>("notAFolder");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Aufruf:") << QStringLiteral("kein Ordner");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Utilisation")
                        << QStringLiteral("n'est pas un dossier");
}

void TestCommandLine::helpInLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, usageHeading);
    QFETCH(QString, notAFolder);
    const Run help = run({QStringLiteral("--lang"), language, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(usageHeading), qPrintable(help.out.left(80)));
    const Run bad = run(
        {QStringLiteral("--lang"), language, QStringLiteral("--estate"), QStringLiteral("/nonexistent")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(notAFolder), qPrintable(bad.err.left(120)));
}

void TestCommandLine::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("validate without DIR") << QStringList{QStringLiteral("validate")} << QStringLiteral("missing");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("validate"), kDemoEstate,
                                                   QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("validate"), kDemoEstate, QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << QStringLiteral("xml");
    QTest::newRow("not a folder") << QStringList{QStringLiteral("validate"),
                                                 kDemoEstate + QStringLiteral("/estate.yaml")}
                                  << QStringLiteral("not a folder");
    QTest::newRow("missing folder") << QStringList{QStringLiteral("validate"), QStringLiteral("/nonexistent/estate")}
                                    << QStringLiteral("does not exist");
    QTest::newRow("unknown GUI option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
}

void TestCommandLine::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Usage:")));
}

void TestCommandLine::validDemoEstate()
{
    const Run r = run({QStringLiteral("validate"), kDemoEstate});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral(": error: ")));
    QVERIFY2(r.out.contains(QStringLiteral("valid")), qPrintable(r.out));
}

void TestCommandLine::brokenEstate()
{
    const Run r = run({QStringLiteral("validate"), m_broken.path()});
    QCOMPARE(r.exitCode, 1);
    // Every error as file:line:column: error: message, both files named.
    static const QRegularExpression line(QStringLiteral("^(.+\\.yaml):(\\d+):(\\d+): error: (.+)$"),
                                         QRegularExpression::MultilineOption);
    QStringList files;
    for (auto it = line.globalMatch(r.err); it.hasNext();) {
        const auto match = it.next();
        QVERIFY(match.captured(2).toInt() > 0);
        QVERIFY(match.captured(3).toInt() > 0);
        files.append(QFileInfo(match.captured(1)).fileName());
    }
    QVERIFY2(files.contains(QStringLiteral("bi-export.yaml")), qPrintable(r.err));
    QVERIFY2(files.contains(QStringLiteral("chicago.yaml")), qPrintable(r.err));
    static const QRegularExpression summary(QStringLiteral("^\\d+ errors? in 2 files$"),
                                            QRegularExpression::MultilineOption);
    QVERIFY2(summary.match(r.err).hasMatch(), qPrintable(r.err));
}

void TestCommandLine::json()
{
    const Run good = run({QStringLiteral("validate"), kDemoEstate, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(good.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument goodDoc = QJsonDocument::fromJson(good.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(goodDoc.object().value(QStringLiteral("valid")).toBool(), true);

    const Run bad = run({QStringLiteral("validate"), m_broken.path(), QStringLiteral("--format=json")});
    QCOMPARE(bad.exitCode, 1);
    const QJsonDocument badDoc = QJsonDocument::fromJson(bad.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(badDoc.object().value(QStringLiteral("valid")).toBool(), false);
    const QJsonArray diagnostics = badDoc.object().value(QStringLiteral("diagnostics")).toArray();
    QVERIFY(diagnostics.size() >= 2);
    QVERIFY(diagnostics.first().toObject().value(QStringLiteral("line")).toInt() > 0);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
