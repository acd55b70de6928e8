#pragma once

#include "models/estate.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace Gatehouse::Models {
class ImpactAnalysis;
class ImpactModel;
} // namespace Gatehouse::Models

namespace Gatehouse::Ui {

class EmptyState;

/// The selected integration in detail: description, owner, criticality,
/// processes, partners, dependencies, and its blast radius as a tree (what
/// fails or degrades when it breaks, and through which dependency path).
/// UI thread only; the impact is computed with the estate's ImpactAnalysis,
/// which is cheap for one integration.
class IntegrationDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit IntegrationDetailPane(QWidget *parent = nullptr);

    /// Shows the integration `name` of `estate`; an empty name shows the "select one" hint.
    void showIntegration(const Models::EstatePtr &estate, const Models::ImpactAnalysis *analysis, const QString &name);
    QString integrationName() const { return m_name; }

    QTreeView *impactView() const { return m_impactView; }
    Models::ImpactModel *impactModel() const { return m_impactModel; }

private:
    QString m_name;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_facts;
    QLabel *m_impactSummary;
    QTreeView *m_impactView;
    Models::ImpactModel *m_impactModel;
};

} // namespace Gatehouse::Ui
