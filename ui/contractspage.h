#pragma once

#include "models/estate.h"

#include <QWidget>

class QComboBox;
class QTabWidget;

namespace Gatehouse::Services {
class ContractChecker;
class ModuleDriftChecker;
} // namespace Gatehouse::Services

namespace Gatehouse::Ui {

class ContractsPanel;
class DriftView;

/// The Contracts area: for the chosen environment, whether each integration's data
/// contract holds against the environment's Odoo database, and which Odoo modules
/// differ from the next environment on the promotion path. The checks run on the
/// services' worker threads; this page only shows their results. UI thread only.
class ContractsPage : public QWidget
{
    Q_OBJECT

public:
    /// `contracts` and `drift` may be null (each panel then makes its own checker).
    explicit ContractsPage(Services::ContractChecker *contracts = nullptr, Services::ModuleDriftChecker *drift = nullptr,
                           QWidget *parent = nullptr);

    void setEstate(Models::EstatePtr estate);
    void setEnvironment(const QString &environment);
    QString environment() const;

    ContractsPanel *contractsPanel() const { return m_contracts; }
    DriftView *driftView() const { return m_drift; }

private:
    Models::EstatePtr m_estate;
    QComboBox *m_environment;
    QTabWidget *m_tabs;
    ContractsPanel *m_contracts;
    DriftView *m_drift;
};

} // namespace Gatehouse::Ui
