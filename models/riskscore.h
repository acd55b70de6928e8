#pragma once

#include "changerequest.h"
#include "estate.h"
#include "impactanalysis.h"

#include <QList>
#include <QString>

namespace Gatehouse::Models {

/// What the risk of a change is computed from. Every factor is also normalised to 0–1
/// by RiskScore::features() (documented there).
struct RiskInputs
{
    int criticalIntegrations = 0; ///< impacted integrations of criticality critical
    int highIntegrations = 0;     ///< … high
    int otherIntegrations = 0;    ///< … medium or low
    int partnersAffected = 0;
    int sitesAffected = 0;
    /// Hours from the change window to the nearest business cycle (month-end close,
    /// peak); negative = the window is inside one. The calendar supplies it.
    double hoursToBusinessCycle = 24.0 * 30;
    bool migrationsPresent = false;
    int changeSize = 0; ///< scope parts (workloads, modules, migrations, infrastructure)
    /// Similar changes (sharing an integration or workload) in the store's history.
    int similarChanges = 0;
    int similarFailed = 0; ///< of those, failed or rolled back
};

/// One line of the breakdown: how much a factor added to the score, and why.
struct RiskFactor
{
    QString key;         ///< "criticality", "partners", "sites", "business-cycle", "migrations", "size", "history"
    QString label;       ///< translated name
    double value = 0;    ///< normalised 0–1
    double weight = 0;   ///< default or fitted weight
    double contribution = 0; ///< points of the 0–100 score (default) or log-odds (fitted)
    QString explanation; ///< translated sentence with the raw figures
};

/// A past change and how it ended, for fitting the weights.
struct RiskSample
{
    RiskInputs inputs;
    bool failed = false; ///< failed or rolled back (completed = false)
};

struct RiskAssessment
{
    int score = 0; ///< 0–100
    QList<RiskFactor> breakdown;
    /// True when the weights were fitted on the store's history (logistic regression),
    /// false when the documented defaults were used.
    bool fitted = false;
    int samples = 0; ///< history samples available
    QString method;  ///< translated: "fitted on 84 past changes" / "default weights (12 past changes; 40 needed)"
};

/// Explainable risk of a change.
///
/// Default model: score = 100 × Σ wᵢ·xᵢ / Σ wᵢ over the normalised factors xᵢ with the
/// default weights (defaultWeights(): criticality 30, business cycle 20, migrations 15,
/// partners 10, sites 10, history 10, size 5). With at least minimumSamples() history
/// samples, of which at least 5 failed and 5 completed, the weights are fitted by
/// L2-regularised logistic regression on completed vs failed/rolled-back changes and the
/// score is 100 × the predicted failure probability. Pure computation, any thread.
class RiskScore
{
public:
    static constexpr int minimumSamples() { return 40; }
    /// Keys in breakdown order with their default weights.
    static QList<QPair<QString, double>> defaultWeights();

    /// The inputs of a change from its impact report (criticality of impacted
    /// integrations, partners, sites). The other fields are left at their defaults.
    static RiskInputs fromImpact(const ImpactReport &impact, const Estate &estate);
    /// Normalised factors in defaultWeights() order:
    /// criticality = min(1, (3·critical + 2·high + other) / 9); partners = min(1, n/5);
    /// sites = min(1, n/4); business-cycle = 1 inside a cycle, falling linearly to 0 at
    /// 72 h away; migrations = 0 or 1; size = min(1, parts/10);
    /// history = (failed + 1) / (similar + 4) (a smoothed failure rate, 0.25 without history).
    static QList<double> features(const RiskInputs &inputs);

    static RiskAssessment assess(const RiskInputs &inputs, const QList<RiskSample> &history = {});

    /// Whether a change in `state` ended in a way the history counts: completed (good),
    /// failed or rolled back (bad).
    static bool isFinished(ChangeState state);
    /// The store's finished changes as fitting samples: each one's impact factors from
    /// `analysis`, its size (integrations and workloads), and whether it failed or was
    /// rolled back. `exceptId` (the change being assessed) is left out.
    static QList<RiskSample> historyFrom(const QList<ChangeRequest> &changes, const ImpactAnalysis &analysis,
                                         const Estate &estate, qint64 exceptId = 0);
    /// Fills `inputs.similarChanges` / `similarFailed`: the finished changes other than
    /// `change` that share an integration or a workload with it, and how many of them
    /// failed or were rolled back.
    static void countSimilar(const ChangeRequest &change, const QStringList &integrations, const QStringList &workloads,
                             const QList<ChangeRequest> &changes, RiskInputs &inputs);

private:
    static bool fit(const QList<RiskSample> &history, QList<double> &weights, double &bias);
};

} // namespace Gatehouse::Models
