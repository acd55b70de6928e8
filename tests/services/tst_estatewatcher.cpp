#include "services/estatewatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using Services::EstateWatcher;

namespace {

const QByteArray kEstate = "apiVersion: gatehouse/v1\nkind: Estate\nmetadata: {name: northwind}\n"
                           "spec: {defaultTimeZone: Europe/Amsterdam}\n";
const QByteArray kSite = "apiVersion: gatehouse/v1\nkind: Site\nmetadata: {name: rotterdam}\n"
                         "spec: {timeZone: Europe/Amsterdam}\n";

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}

} // namespace

class TestEstateWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reloadsOnChangesAndKeepsReportingRejections()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("estate.yaml")), kEstate));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sites/rotterdam.yaml")), kSite));

        EstateWatcher watcher;
        watcher.setDebounceInterval(20);
        QSignalSpy loaded(&watcher, &EstateWatcher::estateLoaded);
        QSignalSpy rejected(&watcher, &EstateWatcher::estateRejected);
        QSignalSpy loading(&watcher, &EstateWatcher::loadingChanged);

        watcher.setFolder(dir.path());
        QVERIFY(watcher.isLoading());
        QVERIFY(loaded.wait(5000));
        QVERIFY(!watcher.isLoading());
        QCOMPARE(loading.size(), 2);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        auto estate = loaded.takeFirst().at(0).value<Models::EstatePtr>();
        QVERIFY(estate);
        QCOMPARE(estate->sites.size(), 1);
        QVERIFY(watcher.watchedPaths().contains(QDir(dir.path()).absoluteFilePath(QStringLiteral("sites"))));

        // Break a file in a subfolder: rejected, with the place.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sites/rotterdam.yaml")), kSite + "  colour: red\n"));
        QVERIFY(rejected.wait(5000));
        auto errors = rejected.takeFirst().at(0).value<Models::Diagnostics>();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().location.toString(), QStringLiteral("sites/rotterdam.yaml:5:3"));

        // Still broken, differently: rejected again.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sites/rotterdam.yaml")), QByteArray("kind: [\n")));
        QVERIFY(rejected.wait(5000));
        errors = rejected.takeFirst().at(0).value<Models::Diagnostics>();
        QCOMPARE(errors.first().location.toString(), QStringLiteral("sites/rotterdam.yaml:2:1"));

        // A new file in a new subfolder, and the broken one fixed: loaded again with both.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sites/rotterdam.yaml")), kSite));
        QVERIFY(writeFile(
            dir.filePath(QStringLiteral("more/chicago.yaml")),
            QByteArray(kSite).replace("rotterdam", "chicago").replace("Europe/Amsterdam", "America/Chicago")));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().at(0).value<Models::EstatePtr>()->sites.size() == 2,
                                 5000);
        QTRY_VERIFY(!watcher.isLoading());
    }

    void manyReloadsDeliverOnlyTheLatest()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("estate.yaml")), kEstate));
        EstateWatcher watcher;
        QSignalSpy loaded(&watcher, &EstateWatcher::estateLoaded);
        QSignalSpy loading(&watcher, &EstateWatcher::loadingChanged);
        watcher.setFolder(dir.path());
        for (int i = 0; i < 5; ++i)
            watcher.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.isLoading(), 5000);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loading.size(), 2);
    }

    void missingFolderIsRejected()
    {
        EstateWatcher watcher;
        QSignalSpy rejected(&watcher, &EstateWatcher::estateRejected);
        watcher.setFolder(QStringLiteral("/nonexistent/gatehouse-estate"));
        QVERIFY(rejected.wait(5000));
        QVERIFY(rejected.first().at(0).value<Models::Diagnostics>().first().message.contains(
            QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestEstateWatcher)
#include "tst_estatewatcher.moc"
