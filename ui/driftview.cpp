#include "ui/driftview.h"

#include "services/moduledriftchecker.h"
#include "ui/futurecallback.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

DriftView::DriftView(Services::ModuleDriftChecker *checker, QWidget *parent)
    : QWidget(parent)
    , m_checker(checker ? checker : new Services::ModuleDriftChecker(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_compare(new QPushButton(tr("Compare"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, 5, this))
{
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_summary->setWordWrap(true);
    m_model->setHorizontalHeaderLabels({tr("Module"), tr("Difference"), tr("From"), tr("To"), tr("Explained")});
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);

    auto *pick = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    pick->addWidget(fromLabel);
    pick->addWidget(m_from);
    pick->addWidget(toLabel);
    pick->addWidget(m_to);
    pick->addStretch(1);
    pick->addWidget(m_progress);
    pick->addWidget(m_cancel);
    pick->addWidget(m_compare);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_compare, &QPushButton::clicked, this, &DriftView::compare);
    connect(m_cancel, &QPushButton::clicked, this, &DriftView::cancel);
    m_summary->setText(tr("Pick two environments and compare their Odoo modules."));
}

DriftView::~DriftView()
{
    m_future.cancel();
}

void DriftView::setEstate(Models::EstatePtr estate)
{
    m_estate = std::move(estate);
    const QString from = m_from->currentText();
    const QString to = m_to->currentText();
    m_from->clear();
    m_to->clear();
    if (!m_estate)
        return;
    for (const Models::Environment &env : m_estate->environments) {
        m_from->addItem(env.name);
        m_to->addItem(env.name);
    }
    setEnvironments(from, to);
}

void DriftView::setEnvironments(const QString &from, const QString &to)
{
    if (m_from->findText(from) >= 0)
        m_from->setCurrentIndex(m_from->findText(from));
    if (m_to->findText(to) >= 0)
        m_to->setCurrentIndex(m_to->findText(to));
}

void DriftView::setEnvironment(const QString &environment)
{
    const Models::Environment *env = m_estate ? m_estate->environment(environment) : nullptr;
    if (!env)
        return;
    const QString next = m_estate->nextOnPromotionPath(environment);
    setEnvironments(environment, next.isEmpty() ? m_to->currentText() : next);
}

void DriftView::setExplainedModules(const QSet<QString> &modules)
{
    m_explained = modules;
}

void DriftView::compare()
{
    if (!m_estate || m_from->currentText().isEmpty() || m_to->currentText().isEmpty())
        return;
    m_future.cancel();
    const quint64 generation = ++m_generation;
    setComparing(true);
    m_future = m_checker->compare(m_estate, m_from->currentText(), m_to->currentText(), m_explained);
    whenFinished(
        m_future, this,
        [this, generation](const Models::ModuleDrift &drift) {
            if (generation != m_generation)
                return;
            setComparing(false);
            showDrift(drift);
        },
        [this, generation] {
            if (generation == m_generation)
                setComparing(false);
        });
}

void DriftView::cancel()
{
    if (!m_comparing)
        return;
    ++m_generation;
    m_future.cancel();
    setComparing(false);
}

void DriftView::setComparing(bool comparing)
{
    if (comparing == m_comparing)
        return;
    m_comparing = comparing;
    m_progress->setVisible(comparing);
    m_cancel->setVisible(comparing);
    m_compare->setEnabled(!comparing);
    if (comparing)
        m_summary->setText(tr("Reading the modules of %1 and %2…").arg(m_from->currentText(), m_to->currentText()));
    Q_EMIT comparingChanged(comparing);
}

void DriftView::showDrift(const Models::ModuleDrift &drift)
{
    m_drift = drift;
    m_model->removeRows(0, m_model->rowCount());
    m_summary->setText(drift.toGateResult().summary);
    QStyle *style = QApplication::style();
    for (const Models::ModuleDifference &d : drift.differences) {
        QString kind;
        switch (d.kind) {
        case Models::ModuleDifference::Kind::Missing:
            kind = tr("Missing in %1").arg(drift.to);
            break;
        case Models::ModuleDifference::Kind::Extra:
            kind = tr("Only in %1").arg(drift.to);
            break;
        case Models::ModuleDifference::Kind::VersionDiffers:
            kind = tr("Different version");
            break;
        }
        auto *module = new QStandardItem(d.module);
        module->setToolTip(d.message);
        auto *difference = new QStandardItem(kind);
        difference->setToolTip(d.message);
        auto *from = new QStandardItem(d.fromVersion.isEmpty() ? d.fromState : d.fromVersion + QStringLiteral(" (")
                                                                                   + d.fromState + QLatin1Char(')'));
        auto *to = new QStandardItem(d.toVersion.isEmpty() ? d.toState
                                                           : d.toVersion + QStringLiteral(" (") + d.toState + QLatin1Char(')'));
        auto *explained = new QStandardItem(
            style->standardIcon(d.explained ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning),
            d.explained ? tr("Explained by the change") : tr("Not explained"));
        for (QStandardItem *item : {module, difference, from, to, explained})
            item->setEditable(false);
        m_model->appendRow({module, difference, from, to, explained});
    }
    Q_EMIT driftReady(drift);
}

} // namespace Gatehouse::Ui
