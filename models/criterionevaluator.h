#pragma once

#include "models/changerequest.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Gatehouse::Models {

/// Judges one rollback criterion over a window of samples.
///
/// Breach: `value comparison threshold` held at every sample from some sample S to the
/// newest one, and the newest is at least `durationSeconds` after S (one breaching sample
/// is enough for a duration of 0). Inconclusive: no sample with a value in the window
/// and the window is at least `noDataAfter` long, or the newest data is older than
/// `noDataAfter` — missing data is never a pass. Pending:
/// no data yet but the window is still young, or the newest samples are on the bad side
/// of the threshold for less than `durationSeconds` so far (breachSince says since when).
/// Pass otherwise. A NaN sample is no data.
/// Pure; any thread.
class CriterionEvaluator
{
public:
    enum class Verdict { Pass, Breach, Inconclusive, Pending };

    /// One value of the criterion's query at a time (UTC); empty value = no data.
    struct Sample
    {
        QDateTime at;
        std::optional<double> value;
    };

    struct Outcome
    {
        Verdict verdict = Verdict::Pending;
        std::optional<double> latest; ///< newest value with data
        std::optional<double> worst;  ///< furthest past the threshold in the window
        QDateTime breachSince;        ///< first sample of the breaching run
        QDateTime breachedAt;         ///< when the run reached the duration (Breach only)
        int samplesWithData = 0;
        QString explanation; ///< translated, with values and threshold
    };

    explicit CriterionEvaluator(RollbackCriterion criterion);

    /// The window is [windowStart, now]; samples outside it are ignored. `noDataAfter`:
    /// how long a window without any data may be before it is Inconclusive.
    Outcome evaluate(const QList<Sample> &samples, const QDateTime &windowStart, const QDateTime &now,
                     qint64 noDataAfterMs) const;

    /// Whether `value` is on the bad side of the threshold.
    bool holds(double value) const;

    static QString toString(Verdict verdict); ///< "pass", "breach", "inconclusive", "pending"

    const RollbackCriterion &criterion() const { return m_criterion; }

private:
    RollbackCriterion m_criterion;
};

} // namespace Gatehouse::Models
