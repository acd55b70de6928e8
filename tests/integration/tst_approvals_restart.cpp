#include "postgresfixture.h"

#include "services/controlstore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Gatehouse;
using Services::ControlStore;
using Services::ControlStoreSettings;

// The database restarts twice during 1,000 random operations; afterwards every
// acknowledged operation is stored exactly once and none is stored twice. Changes and
// comments run in a transaction; reschedules, like every lifecycle call, as one
// autocommit statement (a connection lost during it leaves it in doubt, never retried).
class TestApprovalsRestart : public QObject
{
    Q_OBJECT

private:
    Tests::PostgresFixture m_postgres;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString())); }

    void nothingLostNothingDuplicated()
    {
        const QString db = QStringLiteral("gh_restart");
        QVERIFY(m_postgres.createDatabase(db));
        ControlStore store;
        ControlStoreSettings settings;
        settings.url = m_postgres.url(db);
        settings.reconnectInitialDelay = std::chrono::milliseconds(20);
        settings.reconnectMaxDelay = std::chrono::milliseconds(200);
        settings.requestTimeout = std::chrono::milliseconds(60000);
        store.open(settings);
        QVERIFY(store.waitForConnection(std::chrono::seconds(30)).ok());

        Models::ChangeRequest draft;
        draft.title = QStringLiteral("base");
        draft.environment = QStringLiteral("staging");
        draft.windowStart = QDateTime(QDate(2027, 5, 1), QTime(22, 0), Qt::UTC);
        draft.windowEnd = draft.windowStart.addSecs(600);
        draft.windowTimeZone = QStringLiteral("UTC");
        auto base = store.createChange(draft);
        QVERIFY(Tests::waitFor(base));
        QVERIFY(base.result().ok());
        const qint64 baseId = base.result()->id;

        QSignalSpy states(&store, &ControlStore::connectionStateChanged);
        QRandomGenerator random(20270501);
        struct Operation
        {
            QString token;
            int kind = 0; // 0 comment, 1 new change, 2 reschedule
            bool acknowledged = false;
        };
        std::vector<Operation> log(1000);
        std::vector<QFuture<Models::Result<Models::ChangeRequest>>> changeFutures(log.size());
        std::vector<QFuture<Models::Result<Models::ChangeComment>>> commentFutures(log.size());
        std::vector<QFuture<Models::Result<Models::ChangeRequest>>> rescheduleFutures(log.size());
        constexpr std::size_t kBatch = 50;
        for (std::size_t first = 0; first < log.size(); first += kBatch) {
            for (std::size_t i = first; i < first + kBatch; ++i) {
                log[i].token = QStringLiteral("op-%1-'\"; --").arg(i);
                log[i].kind = int(random.bounded(4)) % 3;
                if (log[i].kind == 1) {
                    Models::ChangeRequest change = draft;
                    change.title = log[i].token;
                    changeFutures[i] = store.createChange(change);
                } else if (log[i].kind == 2) {
                    const QDateTime start = draft.windowStart.addSecs(60 * qint64(i));
                    rescheduleFutures[i] =
                        store.reschedule(baseId, start, start.addSecs(600), QStringLiteral("UTC"), log[i].token);
                } else {
                    commentFutures[i] = store.comment(baseId, log[i].token);
                }
            }
            if (first == 300 || first == 700) {
                QVERIFY2(m_postgres.stop(), qPrintable(m_postgres.errorString()));
                QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
            }
            for (std::size_t i = first; i < first + kBatch; ++i) {
                if (log[i].kind == 1) {
                    QVERIFY(Tests::waitFor(changeFutures[i], 60000));
                    log[i].acknowledged = changeFutures[i].result().ok();
                } else if (log[i].kind == 2) {
                    QVERIFY(Tests::waitFor(rescheduleFutures[i], 60000));
                    log[i].acknowledged = rescheduleFutures[i].result().ok();
                } else {
                    QVERIFY(Tests::waitFor(commentFutures[i], 60000));
                    log[i].acknowledged = commentFutures[i].result().ok();
                }
            }
        }

        const auto stored = m_postgres.query(
            db, QStringLiteral("SELECT title, count(*) FROM change_requests GROUP BY title UNION ALL "
                               "SELECT body, count(*) FROM comments GROUP BY body UNION ALL "
                               "SELECT detail->>'reason', count(*) FROM audit_log WHERE action = 'change.rescheduled'"
                               " GROUP BY 1"));
        QVERIFY2(stored.ok(), qPrintable(Tests::errorText(stored)));
        QHash<QString, int> counts;
        for (const QStringList &row : stored.value())
            counts[row.at(0)] += row.at(1).toInt();
        int acknowledged = 0;
        for (const Operation &operation : log) {
            const int count = counts.value(operation.token);
            QVERIFY2(count <= 1, qPrintable(operation.token + QStringLiteral(" stored twice")));
            if (operation.acknowledged) {
                ++acknowledged;
                QVERIFY2(count == 1, qPrintable(operation.token + QStringLiteral(" acknowledged but lost")));
            }
        }
        int reconnects = 0;
        for (const auto &arguments : states)
            reconnects += arguments.at(0).value<ControlStore::ConnectionState>() == ControlStore::ConnectionState::Reconnecting;
        QVERIFY(reconnects >= 2); // the restarts really interrupted the run
        // Only operations caught mid-commit may fail ("may or may not have been saved").
        QVERIFY2(acknowledged >= 990, qPrintable(QString::number(acknowledged)));
        auto chain = store.verifyAuditChain();
        QVERIFY(Tests::waitFor(chain));
        QVERIFY(chain.result().ok());
        QVERIFY(chain.result()->intact());
    }
};

QTEST_GUILESS_MAIN(TestApprovalsRestart)
#include "tst_approvals_restart.moc"
