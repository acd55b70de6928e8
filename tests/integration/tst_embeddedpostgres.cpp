#include "postgresfixture.h"

#include "services/controlstore.h"
#include "services/embeddedpostgres.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <pqxx/pqxx>

#include <pwd.h>
#include <unistd.h>

using namespace Gatehouse;
using Services::EmbeddedPostgres;
using State = Services::ControlStore::ConnectionState;

namespace {

// A cluster answers when a fresh connection to its socket succeeds.
bool answers(const EmbeddedPostgres &cluster)
{
    try {
        pqxx::connection connection(cluster.connectionString().toStdString());
        return connection.is_open();
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace

class TestEmbeddedPostgres : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString folder(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }
    // One cluster serves the tests in order (initdb is the slow part): created by the
    // first, reused by the next ones.
    QString shared() const { return folder(QStringLiteral("postgres")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // As root the cluster belongs to the postgres user, which must reach the folder.
        QFile::setPermissions(
            m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        QVERIFY(EmbeddedPostgres::findBinDir().ok());
    }

    void createsStartsAndStops()
    {
        EmbeddedPostgres cluster(shared());
        const auto started = cluster.start();
        QVERIFY2(started.ok(), qPrintable(Tests::errorText(started)));
        QVERIFY(cluster.startedByThisObject());
        QVERIFY(QFileInfo::exists(cluster.clusterFolder() + QStringLiteral("/PG_VERSION")));
        QVERIFY(cluster.socketFolder().startsWith(cluster.dataFolder()));
        QVERIFY(answers(cluster));
        QVERIFY(cluster.stop().ok());
        QVERIFY(!answers(cluster));
        QVERIFY(!QFileInfo::exists(cluster.clusterFolder() + QStringLiteral("/postmaster.pid")));
    }

    void reusesTheClusterAndStopsOnlyWhatItStarted()
    {
        const QString data = shared();
        EmbeddedPostgres owner(data);
        QVERIFY(owner.start().ok());
        QVERIFY(owner.startedByThisObject());
        const QDateTime created = QFileInfo(owner.clusterFolder() + QStringLiteral("/PG_VERSION")).lastModified();
        {
            // A second Gatehouse on the same data folder uses the running server.
            EmbeddedPostgres guest(data);
            QVERIFY(guest.start().ok());
            QVERIFY(!guest.startedByThisObject());
            QVERIFY(guest.stop().ok());
        }
        QVERIFY(answers(owner));
        QVERIFY(owner.stop().ok());

        // Started again: the same cluster, not a new one.
        EmbeddedPostgres again(data);
        QVERIFY(again.start().ok());
        QVERIFY(again.startedByThisObject());
        QCOMPARE(QFileInfo(again.clusterFolder() + QStringLiteral("/PG_VERSION")).lastModified(), created);
        QVERIFY(again.stop().ok());
    }

    void recoversFromAStalePidFile()
    {
        const QString data = shared();
        {
            EmbeddedPostgres cluster(data);
            QVERIFY(cluster.start().ok());
        }
        // As after a crash whose PID now belongs to another process (PID 1 is always alive).
        EmbeddedPostgres cluster(data);
        QFile pid(cluster.clusterFolder() + QStringLiteral("/postmaster.pid"));
        QVERIFY(!pid.exists());
        QVERIFY(pid.open(QIODevice::WriteOnly));
        pid.write("1\n" + QFile::encodeName(cluster.clusterFolder()) + "\n1700000000\n5432\n\n\n");
        pid.close();
        const auto started = cluster.start();
        QVERIFY2(started.ok(), qPrintable(Tests::errorText(started)));
        QVERIFY(cluster.startedByThisObject());
        QVERIFY(answers(cluster));
    }

    void longDataFolderGetsAShortSocketPath()
    {
        const QString data = folder(QStringLiteral("a-rather-long-folder-name-that-pushes-the-socket-path/"
                                                   "beyond-the-unix-socket-limit/postgres"));
        EmbeddedPostgres cluster(data);
        QVERIFY(!cluster.socketFolder().startsWith(data));
        QVERIFY(cluster.socketFolder().size() < 60);
        QVERIFY(cluster.start().ok());
        QVERIFY(answers(cluster));
    }

    void dataFolderPrivateToItsOwner()
    {
        // The default data folder lives in the user's home, which is private (0700).
        // As an ordinary user the cluster sits inside it; as root the postgres user
        // cannot enter it, so the cluster moves to a system folder and a note says where.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QFile::setPermissions(home.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString data = home.path() + QStringLiteral("/share/postgres");
        EmbeddedPostgres cluster(data);
        const auto started = cluster.start();
        QVERIFY2(started.ok(), qPrintable(Tests::errorText(started)));
        QVERIFY(answers(cluster));
        if (::geteuid() == 0) {
            QVERIFY(cluster.clusterFolder().startsWith(QStringLiteral("/var/lib/gatehouse/clusters/")));
            QFile note(data + QStringLiteral("/CLUSTER-LOCATION"));
            QVERIFY(note.open(QIODevice::ReadOnly));
            QVERIFY(cluster.clusterFolder().startsWith(QString::fromLocal8Bit(note.readAll()).trimmed()));
        } else {
            QVERIFY(cluster.clusterFolder().startsWith(data));
        }
        const QString clusterFolder = cluster.clusterFolder();
        QVERIFY(cluster.stop().ok());
        QVERIFY(!answers(cluster));
        if (::geteuid() == 0) {
            // Leave no cluster behind in the system folder.
            QVERIFY(QDir(QFileInfo(clusterFolder).path()).removeRecursively());
        }
    }

    void controlStoreRunsEmbedded()
    {
        const QString data = shared();
        {
            Services::ControlStore store;
            Services::ControlStoreSettings settings;
            settings.dataFolder = data;
            store.open(settings);
            QVERIFY(store.isEmbedded());
            QVERIFY(store.description().contains(data));
            QTRY_COMPARE_WITH_TIMEOUT(store.connectionState(), State::Connected, 60000);
            Models::ChangeRequest change;
            change.title = QStringLiteral("Survives a restart");
            change.environment = QStringLiteral("development");
            change.windowStart = QDateTime(QDate(2027, 1, 4), QTime(6, 0), QTimeZone::utc());
            change.windowEnd = change.windowStart.addSecs(3600);
            change.windowTimeZone = QStringLiteral("UTC");
            auto created = store.createChange(change);
            QVERIFY(Tests::waitFor(created));
            QVERIFY2(created.result().ok(), qPrintable(Tests::errorText(created.result())));
            store.close();
            QCOMPARE(store.connectionState(), State::Disconnected);
        }
        EmbeddedPostgres probe(data);
        QVERIFY(!answers(probe)); // the store stopped the server it started

        Services::ControlStore store;
        Services::ControlStoreSettings settings;
        settings.dataFolder = data;
        store.open(settings);
        auto listed = store.listChanges();
        QVERIFY(Tests::waitFor(listed, 60000));
        QVERIFY(listed.result().ok());
        QCOMPARE(listed.result().value().size(), 1);
        QCOMPARE(listed.result().value().constFirst().title, QStringLiteral("Survives a restart"));
        QCOMPARE(store.connectionState(), State::Connected);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedPostgres)
#include "tst_embeddedpostgres.moc"
