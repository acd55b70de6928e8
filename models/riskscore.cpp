#include "riskscore.h"
#include "plural.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Gatehouse::Models {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("RiskScore", text, nullptr, n);
}

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

QString labelOf(const QString &key)
{
    if (key == QLatin1String("criticality"))
        return tr("Criticality of impacted integrations");
    if (key == QLatin1String("business-cycle"))
        return tr("Proximity to month-end or peak");
    if (key == QLatin1String("migrations"))
        return tr("Database migrations");
    if (key == QLatin1String("partners"))
        return tr("Partners affected");
    if (key == QLatin1String("sites"))
        return tr("Sites affected");
    if (key == QLatin1String("history"))
        return tr("History of similar changes");
    return tr("Size of the change");
}

QString explanationOf(const QString &key, const RiskInputs &inputs)
{
    if (key == QLatin1String("criticality"))
        return tr("%1 critical, %2 high, %3 other impacted integrations")
            .arg(inputs.criticalIntegrations)
            .arg(inputs.highIntegrations)
            .arg(inputs.otherIntegrations);
    if (key == QLatin1String("business-cycle"))
        return inputs.hoursToBusinessCycle <= 0 ? tr("the window is inside a business cycle")
                                                : tr("%1 h to the nearest business cycle")
                                                      .arg(inputs.hoursToBusinessCycle, 0, 'f', 1);
    if (key == QLatin1String("migrations"))
        return inputs.migrationsPresent ? tr("the change migrates the database") : tr("no database migration");
    if (key == QLatin1String("partners"))
        return tr("%n partner(s) affected", inputs.partnersAffected);
    if (key == QLatin1String("sites"))
        return tr("%n site(s) affected", inputs.sitesAffected);
    if (key == QLatin1String("history"))
        return tr("%1 of %2 similar changes failed or were rolled back").arg(inputs.similarFailed).arg(inputs.similarChanges);
    return tr("%n part(s) in scope", inputs.changeSize);
}

} // namespace

QList<QPair<QString, double>> RiskScore::defaultWeights()
{
    return {{QStringLiteral("criticality"), 30}, {QStringLiteral("business-cycle"), 20},
            {QStringLiteral("migrations"), 15},  {QStringLiteral("partners"), 10},
            {QStringLiteral("sites"), 10},       {QStringLiteral("history"), 10},
            {QStringLiteral("size"), 5}};
}

RiskInputs RiskScore::fromImpact(const ImpactReport &impact, const Estate &estate)
{
    RiskInputs inputs;
    for (const AffectedIntegration &affected : impact.integrations) {
        const Integration *integration = estate.integration(affected.name);
        const Criticality criticality = integration ? integration->criticality : Criticality::Medium;
        if (criticality == Criticality::Critical)
            ++inputs.criticalIntegrations;
        else if (criticality == Criticality::High)
            ++inputs.highIntegrations;
        else
            ++inputs.otherIntegrations;
    }
    QSet<QString> partners;
    for (const AffectedItem &item : impact.partners)
        partners.insert(item.name);
    QSet<QString> sites;
    for (const AffectedItem &item : impact.sites)
        sites.insert(item.name);
    inputs.partnersAffected = int(partners.size());
    inputs.sitesAffected = int(sites.size());
    return inputs;
}

QList<double> RiskScore::features(const RiskInputs &inputs)
{
    const double criticality =
        std::min(1.0, (3.0 * inputs.criticalIntegrations + 2.0 * inputs.highIntegrations + inputs.otherIntegrations) / 9.0);
    const double cycle = inputs.hoursToBusinessCycle <= 0 ? 1.0
                                                          : std::max(0.0, 1.0 - inputs.hoursToBusinessCycle / 72.0);
    const double migrations = inputs.migrationsPresent ? 1.0 : 0.0;
    const double partners = std::min(1.0, inputs.partnersAffected / 5.0);
    const double sites = std::min(1.0, inputs.sitesAffected / 4.0);
    const double history = (inputs.similarFailed + 1.0) / (std::max(inputs.similarChanges, inputs.similarFailed) + 4.0);
    const double size = std::min(1.0, inputs.changeSize / 10.0);
    return {criticality, cycle, migrations, partners, sites, history, size};
}

bool RiskScore::fit(const QList<RiskSample> &history, QList<double> &weights, double &bias)
{
    int failed = 0;
    for (const RiskSample &sample : history)
        failed += sample.failed ? 1 : 0;
    if (history.size() < minimumSamples() || failed < 5 || history.size() - failed < 5)
        return false;
    QList<QList<double>> x;
    x.reserve(history.size());
    for (const RiskSample &sample : history)
        x.append(features(sample.inputs));
    const int dimensions = int(defaultWeights().size());
    weights = QList<double>(dimensions, 0.0);
    bias = 0;
    // Batch gradient descent on the mean log-loss with a small L2 penalty: the features
    // are in 0–1, so a fixed step converges without scaling.
    constexpr double kRate = 0.5;
    constexpr double kL2 = 0.01;
    const double n = double(history.size());
    for (int iteration = 0; iteration < 3000; ++iteration) {
        QList<double> gradient(dimensions, 0.0);
        double biasGradient = 0;
        for (qsizetype i = 0; i < x.size(); ++i) {
            double z = bias;
            for (int j = 0; j < dimensions; ++j)
                z += weights[j] * x[i][j];
            const double error = sigmoid(z) - (history[i].failed ? 1.0 : 0.0);
            for (int j = 0; j < dimensions; ++j)
                gradient[j] += error * x[i][j];
            biasGradient += error;
        }
        for (int j = 0; j < dimensions; ++j)
            weights[j] -= kRate * (gradient[j] / n + kL2 * weights[j]);
        bias -= kRate * biasGradient / n;
    }
    return true;
}

RiskAssessment RiskScore::assess(const RiskInputs &inputs, const QList<RiskSample> &history)
{
    RiskAssessment assessment;
    assessment.samples = int(history.size());
    const auto defaults = defaultWeights();
    const QList<double> x = features(inputs);
    QList<double> weights;
    double bias = 0;
    assessment.fitted = fit(history, weights, bias);
    if (assessment.fitted) {
        double z = bias;
        for (qsizetype j = 0; j < x.size(); ++j)
            z += weights[j] * x[j];
        assessment.score = int(std::lround(100.0 * sigmoid(z)));
        assessment.method = plural(tr("weights fitted on %n past change(s) (logistic regression)", assessment.samples),
                                   assessment.samples);
    } else {
        double total = 0;
        double sum = 0;
        for (qsizetype j = 0; j < x.size(); ++j) {
            total += defaults[j].second;
            sum += defaults[j].second * x[j];
        }
        assessment.score = int(std::lround(100.0 * sum / total));
        assessment.method = tr("default weights (%1 past changes; %2 needed to fit them)")
                                .arg(assessment.samples)
                                .arg(minimumSamples());
    }
    double total = 0;
    for (const auto &weight : defaults)
        total += weight.second;
    for (qsizetype j = 0; j < x.size(); ++j) {
        RiskFactor factor;
        factor.key = defaults[j].first;
        factor.label = labelOf(factor.key);
        factor.value = x[j];
        factor.weight = assessment.fitted ? weights[j] : defaults[j].second;
        factor.contribution = assessment.fitted ? weights[j] * x[j] : 100.0 * defaults[j].second * x[j] / total;
        factor.explanation = explanationOf(factor.key, inputs);
        assessment.breakdown.append(factor);
    }
    assessment.score = std::clamp(assessment.score, 0, 100);
    return assessment;
}

bool RiskScore::isFinished(ChangeState state)
{
    return state == ChangeState::Completed || state == ChangeState::Failed || state == ChangeState::RolledBack;
}

QList<RiskSample> RiskScore::historyFrom(const QList<ChangeRequest> &changes, const ImpactAnalysis &analysis,
                                         const Estate &estate, qint64 exceptId)
{
    QList<RiskSample> samples;
    for (const ChangeRequest &change : changes) {
        if (change.id == exceptId || !isFinished(change.state))
            continue;
        RiskSample sample;
        sample.inputs = fromImpact(analysis.analyse(change.integrations, change.workloads), estate);
        sample.inputs.changeSize = int(change.integrations.size() + change.workloads.size());
        sample.failed = change.state != ChangeState::Completed;
        samples.append(sample);
    }
    return samples;
}

void RiskScore::countSimilar(const ChangeRequest &change, const QStringList &integrations, const QStringList &workloads,
                             const QList<ChangeRequest> &changes, RiskInputs &inputs)
{
    inputs.similarChanges = 0;
    inputs.similarFailed = 0;
    const QSet<QString> mine(integrations.cbegin(), integrations.cend());
    const QSet<QString> myWorkloads(workloads.cbegin(), workloads.cend());
    for (const ChangeRequest &other : changes) {
        if (other.id == change.id || !isFinished(other.state))
            continue;
        const bool shares = std::any_of(other.integrations.cbegin(), other.integrations.cend(),
                                        [&mine](const QString &name) { return mine.contains(name); })
            || std::any_of(other.workloads.cbegin(), other.workloads.cend(),
                           [&myWorkloads](const QString &name) { return myWorkloads.contains(name); });
        if (!shares)
            continue;
        ++inputs.similarChanges;
        if (other.state != ChangeState::Completed)
            ++inputs.similarFailed;
    }
}

} // namespace Gatehouse::Models
