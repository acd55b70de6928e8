#include "models/criterionevaluator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Gatehouse::Models {

CriterionEvaluator::CriterionEvaluator(RollbackCriterion criterion) : m_criterion(std::move(criterion)) {}

bool CriterionEvaluator::holds(double value) const
{
    const QString &c = m_criterion.comparison;
    if (c == QLatin1String(">"))
        return value > m_criterion.threshold;
    if (c == QLatin1String(">="))
        return value >= m_criterion.threshold;
    if (c == QLatin1String("<"))
        return value < m_criterion.threshold;
    if (c == QLatin1String("<="))
        return value <= m_criterion.threshold;
    return false;
}

QString CriterionEvaluator::toString(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Breach:
        return QStringLiteral("breach");
    case Verdict::Inconclusive:
        return QStringLiteral("inconclusive");
    case Verdict::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

CriterionEvaluator::Outcome CriterionEvaluator::evaluate(const QList<Sample> &samples, const QDateTime &windowStart,
                                                         const QDateTime &now, qint64 noDataAfterMs) const
{
    QList<Sample> window;
    for (const Sample &sample : samples) {
        if (sample.at >= windowStart && sample.at <= now)
            window.append(sample);
    }
    std::stable_sort(window.begin(), window.end(), [](const Sample &a, const Sample &b) { return a.at < b.at; });

    Outcome outcome;
    const bool upward = m_criterion.comparison.startsWith(QLatin1Char('>'));
    QDateTime runStart;
    QDateTime lastData;
    for (const Sample &sample : window) {
        if (!sample.value || std::isnan(*sample.value))
            continue; // a gap neither breaks a run nor extends it
        const double value = *sample.value;
        ++outcome.samplesWithData;
        lastData = sample.at;
        outcome.latest = value;
        if (!outcome.worst || (upward ? value > *outcome.worst : value < *outcome.worst))
            outcome.worst = value;
        if (holds(value)) {
            if (!runStart.isValid())
                runStart = sample.at;
            if (!outcome.breachedAt.isValid() && runStart.msecsTo(sample.at) >= m_criterion.durationSeconds * 1000) {
                outcome.breachSince = runStart;
                outcome.breachedAt = sample.at;
            }
        } else {
            runStart = QDateTime();
            // A breach that ended before the newest sample still counts: it happened.
        }
    }

    const QString threshold = m_criterion.comparison + QLatin1Char(' ') + QString::number(m_criterion.threshold);
    if (outcome.breachedAt.isValid()) {
        outcome.verdict = Verdict::Breach;
        outcome.explanation = QCoreApplication::translate("CriterionEvaluator",
                                                          "%1 breached: %2 held for %3 s from %4 (worst %5, latest %6)")
                                  .arg(m_criterion.name, threshold)
                                  .arg(outcome.breachSince.secsTo(outcome.breachedAt))
                                  .arg(outcome.breachSince.toString(Qt::ISODate))
                                  .arg(*outcome.worst)
                                  .arg(*outcome.latest);
    } else if (outcome.samplesWithData > 0 && lastData.msecsTo(now) >= noDataAfterMs) {
        outcome.verdict = Verdict::Inconclusive;
        outcome.explanation = QCoreApplication::translate("CriterionEvaluator",
                                                          "%1 is inconclusive: no data since %2")
                                  .arg(m_criterion.name, lastData.toString(Qt::ISODate));
    } else if (outcome.samplesWithData == 0) {
        const bool longEnough = windowStart.msecsTo(now) >= noDataAfterMs;
        outcome.verdict = longEnough ? Verdict::Inconclusive : Verdict::Pending;
        outcome.explanation = longEnough
                                  ? QCoreApplication::translate("CriterionEvaluator",
                                                                "%1 is inconclusive: no data for %2 s")
                                        .arg(m_criterion.name)
                                        .arg(windowStart.secsTo(now))
                                  : QCoreApplication::translate("CriterionEvaluator", "%1: waiting for data")
                                        .arg(m_criterion.name);
    } else if (runStart.isValid()) {
        // On the bad side now, not yet for the duration: neither a pass nor a breach. A
        // phase whose bake time is shorter than the duration must not complete on it.
        outcome.verdict = Verdict::Pending;
        outcome.breachSince = runStart;
        outcome.explanation = QCoreApplication::translate("CriterionEvaluator",
                                                          "%1 is %2 since %3 (%4 of %5 s), latest %6: watching")
                                  .arg(m_criterion.name, threshold, runStart.toString(Qt::ISODate))
                                  .arg(runStart.secsTo(lastData))
                                  .arg(m_criterion.durationSeconds)
                                  .arg(*outcome.latest);
    } else {
        outcome.verdict = Verdict::Pass;
        outcome.explanation = QCoreApplication::translate("CriterionEvaluator", "%1 passes: latest %2 (threshold %3)")
                                  .arg(m_criterion.name)
                                  .arg(*outcome.latest)
                                  .arg(threshold);
    }
    return outcome;
}

} // namespace Gatehouse::Models
