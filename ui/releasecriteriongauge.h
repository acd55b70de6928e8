#pragma once

#include "models/changerequest.h"
#include "models/release.h"

#include <QList>
#include <QWidget>

namespace Gatehouse::Ui {

/// One rollback criterion of a release, live: its name, the verdict as icon and word
/// (pass / breach / inconclusive / waiting for data), the latest value next to the
/// threshold and duration in words, a bar of the latest value against the threshold and
/// a sparkline of the recent evaluations with the threshold drawn across. Painted here
/// (no chart library). UI thread only.
class ReleaseCriterionGauge : public QWidget
{
    Q_OBJECT
public:
    explicit ReleaseCriterionGauge(const Models::RollbackCriterion &criterion, QWidget *parent = nullptr);

    /// The criterion's evaluations, oldest first (those of other criteria are ignored).
    void setSamples(const QList<Models::CriterionSample> &samples);

    const Models::RollbackCriterion &criterion() const { return m_criterion; }
    /// "pass", "breach", "inconclusive" or "pending": the newest evaluation's verdict.
    QString verdict() const;
    /// What the gauge says in words, as painted: "edi-failure-ratio — Pass: latest 0.012,
    /// rolls back when > 0.1 for 60 s".
    QString text() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Models::RollbackCriterion m_criterion;
    QList<Models::CriterionSample> m_samples;
};

} // namespace Gatehouse::Ui
