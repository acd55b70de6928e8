// The gates other areas own, as the Changes area and the release executor get them: the
// calendar's window gate from its conflict checker, backups, alerts and health from the
// Environments overview (only a fresh answer decides; stale or missing data is Unknown),
// drift on the first environment of the promotion path, and only the gates asked for.

#include "models/conflictchecker.h"
#include "services/estateloader.h"
#include "services/whenfinished.h"
#include "ui/environmentsoverviewmodel.h"
#include "ui/gatesources.h"

#include <QDeadlineTimer>
#include <QTest>

using namespace Gatehouse;
using Level = Ui::EnvironmentsOverviewModel::Level;
using Model = Ui::EnvironmentsOverviewModel;
using Outcome = Models::GateResult::Outcome;

namespace {

Models::SourceState fresh()
{
    Models::SourceState state;
    state.recordSuccess(QDateTime::currentDateTimeUtc());
    return state;
}

Model::Aspect aspect(Level level, const QString &summary, const QString &source,
                     Models::SourceState state = fresh())
{
    Model::Aspect a;
    a.level = level;
    a.summary = summary;
    a.sourceName = source;
    a.source = state;
    return a;
}

QList<Models::GateResult> collect(Ui::GateSources &sources, const Models::ChangeRequest &change, const QString &environment,
                                  const QStringList &gates)
{
    QFuture<QList<Models::GateResult>> future = sources.collect(change, {}, environment, gates);
    QDeadlineTimer deadline(10000);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return future.isFinished() && future.resultCount() > 0 ? future.result() : QList<Models::GateResult>{};
}

const Models::GateResult *gate(const QList<Models::GateResult> &results, const QString &name)
{
    for (const Models::GateResult &result : results) {
        if (result.gate == name)
            return &result;
    }
    return nullptr;
}

} // namespace

class TestGateSources : public QObject
{
    Q_OBJECT

    Models::EstatePtr m_estate;

private Q_SLOTS:
    void initTestCase()
    {
        m_estate = Services::EstateLoader::loadFolder(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate")).estate;
        QVERIFY(m_estate);
    }

    void healthAspectsBecomeGates()
    {
        Model overview;
        overview.setEnvironments(m_estate->environments);
        const QString env = QStringLiteral("production-eu");
        overview.setAspect(env, Model::BackupsColumn, aspect(Level::Ok, QStringLiteral("last good backup 2 h ago (RPO 26 h)"), QStringLiteral("Prometheus")));
        overview.setAspect(env, Model::AlertsColumn, aspect(Level::Critical, QStringLiteral("2 firing, 1 critical"), QStringLiteral("Alertmanager")));
        overview.setAspect(env, Model::PostgresColumn, aspect(Level::Warning, QStringLiteral("connections 90/100"), QStringLiteral("PostgreSQL")));
        Ui::GateSources sources;
        sources.setEstate(m_estate);
        sources.setHealth(&overview);
        Models::ChangeRequest change;
        change.id = 5;
        change.environment = env;

        const auto results = collect(sources, change, env, {QStringLiteral("backup"), QStringLiteral("alerts"), QStringLiteral("health")});
        QCOMPARE(results.size(), 3);
        QCOMPARE(Models::toString(gate(results, QStringLiteral("backup"))->outcome), Models::toString(Outcome::Pass));
        QCOMPARE(gate(results, QStringLiteral("backup"))->summary, QStringLiteral("last good backup 2 h ago (RPO 26 h)"));
        QCOMPARE(Models::toString(gate(results, QStringLiteral("alerts"))->outcome), Models::toString(Outcome::Fail));
        QCOMPARE(gate(results, QStringLiteral("alerts"))->environment, env);
        const Models::GateResult *health = gate(results, QStringLiteral("health"));
        QCOMPARE(Models::toString(health->outcome), Models::toString(Outcome::Fail)); // the critical alert
        QVERIFY2(health->summary.contains(QStringLiteral("Firing alerts is critical")), qPrintable(health->summary));
        QVERIFY2(health->evidence.join(QLatin1Char('\n')).contains(QStringLiteral("connections 90/100")),
                 qPrintable(health->evidence.join(QLatin1Char('\n'))));

        // Alertmanager stops answering: its last good "critical" is evidence, not a verdict.
        Models::SourceState down = fresh();
        down.recordFailure(Models::SourceState::Status::Unreachable, QStringLiteral("connection refused"), QDateTime::currentDateTimeUtc());
        overview.setSourceState(env, Model::AlertsColumn, down);
        const auto later = collect(sources, change, env, {QStringLiteral("alerts"), QStringLiteral("health")});
        const Models::GateResult *alerts = gate(later, QStringLiteral("alerts"));
        QCOMPARE(Models::toString(alerts->outcome), Models::toString(Outcome::Unknown));
        QVERIFY2(alerts->summary.contains(QStringLiteral("Alertmanager is unreachable: connection refused")), qPrintable(alerts->summary));
        QCOMPARE(Models::toString(gate(later, QStringLiteral("health"))->outcome), Models::toString(Outcome::Pass)); // nothing fresh is critical
        // An environment nobody polled yet: no answer, Unknown.
        const auto none = collect(sources, change, QStringLiteral("staging"), {QStringLiteral("backup")});
        QCOMPARE(Models::toString(gate(none, QStringLiteral("backup"))->outcome), Models::toString(Outcome::Unknown));
    }

    void windowFromTheCalendarAndOnlyTheGatesAskedFor()
    {
        auto checker = std::make_shared<Models::ConflictChecker>(m_estate);
        Ui::GateSources sources;
        sources.setEstate(m_estate);
        Models::ChangeRequest change;
        change.id = 9;
        change.environment = QStringLiteral("development");
        change.integrations = {QStringLiteral("bi-export")};
        change.windowStart = QDateTime::currentDateTimeUtc().addDays(1);
        change.windowEnd = change.windowStart.addSecs(3600);
        // While the calendar builds its checker, the window gate has no answer.
        std::shared_ptr<const Models::ConflictChecker> provided;
        sources.setConflictChecker([&provided] { return provided; });
        QVERIFY(!gate(collect(sources, change, change.environment, {QStringLiteral("window")}), QStringLiteral("window")));
        provided = checker;
        const auto results = collect(sources, change, change.environment, {QStringLiteral("window"), QStringLiteral("drift")});
        QCOMPARE(results.size(), 2);
        QCOMPARE(Models::toString(gate(results, QStringLiteral("window"))->outcome), Models::toString(Outcome::Pass));
        // Development is the first environment of the promotion path: nothing to drift from.
        const Models::GateResult *drift = gate(results, QStringLiteral("drift"));
        QCOMPARE(Models::toString(drift->outcome), Models::toString(Outcome::Pass));
        QVERIFY2(drift->summary.contains(QStringLiteral("first environment")), qPrintable(drift->summary));
        QVERIFY(collect(sources, change, change.environment, {QStringLiteral("approvals")}).isEmpty());
    }
};

QTEST_MAIN(TestGateSources)
#include "tst_gatesources.moc"
