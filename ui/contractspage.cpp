#include "contractspage.h"

#include "contractspanel.h"
#include "driftview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

ContractsPage::ContractsPage(Services::ContractChecker *contracts, Services::ModuleDriftChecker *drift, QWidget *parent)
    : QWidget(parent)
    , m_environment(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_contracts(new ContractsPanel(contracts, this))
    , m_drift(new DriftView(drift, this))
{
    setObjectName(QStringLiteral("contractsPage"));
    m_environment->setObjectName(QStringLiteral("contractsEnvironment"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Environment:"), this);
    label->setBuddy(m_environment);
    top->addWidget(label);
    top->addWidget(m_environment);
    top->addStretch(1);
    layout->addLayout(top);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_contracts, tr("Data contracts"));
    m_tabs->addTab(m_drift, tr("Module drift"));
    layout->addWidget(m_tabs, 1);

    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_environment->currentData().toString();
        m_contracts->setEnvironment(name);
        m_drift->setEnvironment(name);
    });
}

void ContractsPage::setEstate(Models::EstatePtr estate)
{
    m_estate = std::move(estate);
    const QString previous = environment();
    m_contracts->setEstate(m_estate);
    m_drift->setEstate(m_estate);
    {
        const QSignalBlocker blocker(m_environment);
        m_environment->clear();
        if (m_estate) {
            for (const Models::Environment &env : m_estate->environments)
                m_environment->addItem(env.displayName.isEmpty() ? env.name : env.displayName, env.name);
        }
    }
    const int index = m_environment->findData(previous);
    if (m_environment->count() > 0)
        setEnvironment(m_environment->itemData(index >= 0 ? index : 0).toString());
}

void ContractsPage::setEnvironment(const QString &environment)
{
    const int index = m_environment->findData(environment);
    if (index < 0)
        return;
    const QSignalBlocker blocker(m_environment);
    m_environment->setCurrentIndex(index);
    m_contracts->setEnvironment(environment);
    m_drift->setEnvironment(environment);
}

QString ContractsPage::environment() const
{
    return m_environment->currentData().toString();
}

} // namespace Gatehouse::Ui
