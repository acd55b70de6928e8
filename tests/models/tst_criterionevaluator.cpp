#include "models/criterionevaluator.h"

#include <QTest>

#include <cmath>
#include <limits>

using Gatehouse::Models::CriterionEvaluator;
using Gatehouse::Models::RollbackCriterion;
using Verdict = CriterionEvaluator::Verdict;

Q_DECLARE_METATYPE(Verdict)

namespace {

const QDateTime T0 = QDateTime(QDate(2027, 3, 1), QTime(10, 0), Qt::UTC);

/// "0.01,0.2,-,0.3": one sample per second from T0; "-" is a gap (no data), "n" NaN.
QList<CriterionEvaluator::Sample> samples(const QString &spec)
{
    QList<CriterionEvaluator::Sample> list;
    if (spec.isEmpty())
        return list;
    int second = 0;
    for (const QString &item : spec.split(QLatin1Char(','))) {
        CriterionEvaluator::Sample sample;
        sample.at = T0.addSecs(second++);
        if (item == QLatin1String("n"))
            sample.value = std::numeric_limits<double>::quiet_NaN();
        else if (item != QLatin1String("-"))
            sample.value = item.toDouble();
        list.append(sample);
    }
    return list;
}

} // namespace

class TestCriterionEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void breachTimesAreTheSampleTimes();
    void samplesOutsideTheWindowAreIgnored();
};

void TestCriterionEvaluator::verdicts_data()
{
    QTest::addColumn<QString>("comparison");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<QString>("values");
    QTest::addColumn<int>("nowSecond");
    QTest::addColumn<Verdict>("expected");

    QTest::newRow("below threshold passes") << QStringLiteral(">") << qint64(0) << QStringLiteral("0.01,0.02,0.03") << 3 << Verdict::Pass;
    QTest::newRow("one sample over with duration 0 breaches") << QStringLiteral(">") << qint64(0) << QStringLiteral("0.01,0.5,0.01") << 3 << Verdict::Breach;
    QTest::newRow("over but shorter than duration passes") << QStringLiteral(">") << qint64(3) << QStringLiteral("0.5,0.5,0.5,0.01") << 4 << Verdict::Pass;
    QTest::newRow("over for the duration breaches") << QStringLiteral(">") << qint64(3) << QStringLiteral("0.5,0.5,0.5,0.5") << 4 << Verdict::Breach;
    QTest::newRow("a dip restarts the run") << QStringLiteral(">") << qint64(2) << QStringLiteral("0.5,0.5,0.01,0.5,0.5") << 5 << Verdict::Pending;
    QTest::newRow("over now but not yet for the duration is pending, not a pass") << QStringLiteral(">") << qint64(3) << QStringLiteral("0.01,0.5,0.5") << 3 << Verdict::Pending;
    QTest::newRow("a run that ended short of the duration passes") << QStringLiteral(">") << qint64(2) << QStringLiteral("0.5,0.5,0.01,0.5,0.01") << 5 << Verdict::Pass;
    QTest::newRow("gaps neither break nor extend a run") << QStringLiteral(">") << qint64(2) << QStringLiteral("0.5,-,0.5") << 3 << Verdict::Breach;
    QTest::newRow("equal is not greater") << QStringLiteral(">") << qint64(0) << QStringLiteral("0.1") << 1 << Verdict::Pass;
    QTest::newRow("equal is greater-or-equal") << QStringLiteral(">=") << qint64(0) << QStringLiteral("0.1") << 1 << Verdict::Breach;
    QTest::newRow("success ratio under threshold") << QStringLiteral("<") << qint64(1) << QStringLiteral("0.5,0.05,0.05") << 3 << Verdict::Breach;
    QTest::newRow("success ratio fine") << QStringLiteral("<=") << qint64(0) << QStringLiteral("0.99,0.98") << 2 << Verdict::Pass;
    QTest::newRow("no data for long is inconclusive, never pass") << QStringLiteral(">") << qint64(0) << QStringLiteral("") << 60 << Verdict::Inconclusive;
    QTest::newRow("only gaps for long is inconclusive") << QStringLiteral(">") << qint64(0) << QStringLiteral("-,-,-,-,-,-,-,-,-,-,-") << 11 << Verdict::Inconclusive;
    QTest::newRow("NaN is no data") << QStringLiteral(">") << qint64(0) << QStringLiteral("n,n,n,n,n,n,n,n,n,n,n") << 11 << Verdict::Inconclusive;
    QTest::newRow("no data yet in a young window is pending") << QStringLiteral(">") << qint64(0) << QStringLiteral("") << 5 << Verdict::Pending;
    QTest::newRow("data that stopped long ago is inconclusive") << QStringLiteral(">") << qint64(0) << QStringLiteral("0.01") << 30 << Verdict::Inconclusive;
}

void TestCriterionEvaluator::verdicts()
{
    QFETCH(QString, comparison);
    QFETCH(qint64, duration);
    QFETCH(QString, values);
    QFETCH(int, nowSecond);
    QFETCH(Verdict, expected);
    const CriterionEvaluator evaluator(
        RollbackCriterion{QStringLiteral("edi-failures"), QStringLiteral("x"), comparison, 0.1, duration, QStringLiteral("rollback")});
    const auto outcome = evaluator.evaluate(samples(values), T0, T0.addSecs(nowSecond), 10000);
    QCOMPARE(CriterionEvaluator::toString(outcome.verdict), CriterionEvaluator::toString(expected));
    QVERIFY(!outcome.explanation.isEmpty());
    QVERIFY(outcome.explanation.contains(QLatin1String("edi-failures")));
}

void TestCriterionEvaluator::breachTimesAreTheSampleTimes()
{
    const CriterionEvaluator evaluator(
        RollbackCriterion{QStringLiteral("edi"), QStringLiteral("x"), QStringLiteral(">"), 0.1, 2, QStringLiteral("rollback")});
    const auto outcome = evaluator.evaluate(samples(QStringLiteral("0.01,0.3,0.4,0.6,0.2")), T0, T0.addSecs(5), 10000);
    QCOMPARE(CriterionEvaluator::toString(outcome.verdict), QStringLiteral("breach"));
    QCOMPARE(outcome.breachSince, T0.addSecs(1));
    QCOMPARE(outcome.breachedAt, T0.addSecs(3));
    QCOMPARE(*outcome.worst, 0.6);
    QCOMPARE(*outcome.latest, 0.2);
    QCOMPARE(outcome.samplesWithData, 5);
}

void TestCriterionEvaluator::samplesOutsideTheWindowAreIgnored()
{
    const CriterionEvaluator evaluator(
        RollbackCriterion{QStringLiteral("edi"), QStringLiteral("x"), QStringLiteral(">"), 0.1, 0, QStringLiteral("pause")});
    // The breach at second 0 happened before the phase started at second 2.
    const auto outcome = evaluator.evaluate(samples(QStringLiteral("0.9,0.01,0.01,0.01")), T0.addSecs(2), T0.addSecs(4), 10000);
    QCOMPARE(CriterionEvaluator::toString(outcome.verdict), QStringLiteral("pass"));
    QCOMPARE(outcome.samplesWithData, 2);
}

QTEST_GUILESS_MAIN(TestCriterionEvaluator)
#include "tst_criterionevaluator.moc"
