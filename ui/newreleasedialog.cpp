#include "ui/newreleasedialog.h"

#include "models/releaseplan.h"
#include "services/controlstore.h"
#include "services/whenfinished.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Gatehouse::Ui {

using Services::whenFinished;

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

NewReleaseDialog::NewReleaseDialog(Services::ControlStore *store, Models::EstatePtr estate, QWidget *parent)
    : QDialog(parent), m_store(store), m_estate(std::move(estate))
{
    setWindowTitle(tr("New release"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("e.g. EDI gateway 4.3 and WMS connector 2.9"));
    form->addRow(tr("&Title:"), m_title);
    m_bake = new QSpinBox(this);
    m_bake->setRange(0, 24 * 3600);
    m_bake->setValue(300);
    m_bake->setSuffix(tr(" s"));
    m_bake->setToolTip(tr("How long each phase is watched after it rolled out before the next one starts."));
    form->addRow(tr("&Bake time per phase:"), m_bake);
    layout->addLayout(form);
    auto *label = new QLabel(tr("&Approved changes to bundle:"), this);
    m_list = new QListWidget(this);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create release"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewReleaseDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewReleaseDialog::updateOk);
    connect(m_list, &QListWidget::itemChanged, this, &NewReleaseDialog::updateOk);
    resize(560, 420);
    updateOk();
    load();
}

void NewReleaseDialog::load()
{
    if (!m_store)
        return;
    showMessage(tr("Loading approved changes…"));
    whenFinished(m_store->listChanges(), this, [this](const Models::Result<QList<Models::ChangeRequest>> &changes) {
        if (!changes) {
            showMessage(changes.error().message);
            return;
        }
        m_changes.clear();
        m_list->clear();
        for (const Models::ChangeRequest &change : changes.value()) {
            if (change.state != Models::ChangeState::Approved && change.state != Models::ChangeState::Scheduled)
                continue;
            m_changes.append(change);
            auto *item = new QListWidgetItem(tr("#%1 %2 — %3 (%4)")
                                                 .arg(change.id)
                                                 .arg(change.title, change.environment, Models::toString(change.state)),
                                             m_list);
            item->setData(kIdRole, change.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        showMessage(m_changes.isEmpty() ? tr("No change is approved and waiting for a release.") : QString());
        updateOk();
        Q_EMIT changesLoaded();
    });
}

bool NewReleaseDialog::setChecked(qint64 id, bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(kIdRole).toLongLong() == id) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void NewReleaseDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

void NewReleaseDialog::setBakeSeconds(int seconds)
{
    m_bake->setValue(seconds);
}

QString NewReleaseDialog::message() const
{
    return m_message->text();
}

void NewReleaseDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void NewReleaseDialog::updateOk()
{
    bool any = false;
    for (int row = 0; row < m_list->count(); ++row)
        any = any || m_list->item(row)->checkState() == Qt::Checked;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && any && !m_title->text().trimmed().isEmpty());
}

QStringList NewReleaseDialog::promotionOrder(const Models::Estate *estate, const QStringList &environments)
{
    QStringList order;
    if (estate) {
        // Development before staging before production, each tier's own path in order.
        for (const Models::Tier tier : {Models::Tier::Development, Models::Tier::Staging, Models::Tier::Production}) {
            for (const Models::Policy &policy : estate->policies) {
                for (const QString &name : policy.promotionPath) {
                    const Models::Environment *env = estate->environment(name);
                    if (env && env->tier == tier && !order.contains(name))
                        order.append(name);
                }
            }
            for (const Models::Environment &env : estate->environments) {
                if (env.tier == tier && !order.contains(env.name))
                    order.append(env.name);
            }
        }
    }
    QStringList result;
    for (const QString &name : std::as_const(order)) {
        if (environments.contains(name))
            result.append(name);
    }
    for (const QString &name : environments) {
        if (!result.contains(name))
            result.append(name);
    }
    return result;
}

QList<Models::ReleasePhase> NewReleaseDialog::buildPhases(const QList<Models::ChangeRequest> &changes,
                                                          const QHash<qint64, Models::ChangeScope> &scopes,
                                                          int bakeSeconds) const
{
    QStringList environments;
    QStringList migrations;
    QList<Models::WorkloadChange> workloads;
    for (const Models::ChangeRequest &change : changes) {
        if (!environments.contains(change.environment))
            environments.append(change.environment);
        const Models::ChangeScope scope = scopes.value(change.id);
        if (!scope.migrations.isEmpty() && !migrations.contains(change.environment))
            migrations.append(change.environment);
        for (const Models::WorkloadChange &workload : scope.workloads) {
            const bool known = std::any_of(workloads.cbegin(), workloads.cend(), [&](const Models::WorkloadChange &w) {
                return w.name == workload.name;
            });
            if (!known)
                workloads.append(workload);
        }
    }
    const QStringList path = promotionOrder(m_estate.get(), environments);
    QList<Models::ReleasePlan::WorkloadStep> steps;
    for (const Models::WorkloadChange &workload : std::as_const(workloads)) {
        QString container;
        if (m_resolver) {
            for (const QString &environment : path) {
                container = m_resolver(environment, workload.name, workload.image);
                if (!container.isEmpty())
                    break;
            }
        }
        steps.append({workload.name, container.isEmpty() ? workload.name : container, workload.image});
    }
    return Models::ReleasePlan::build(path, steps, bakeSeconds, migrations);
}

void NewReleaseDialog::create()
{
    if (!m_store || m_busy)
        return;
    QList<Models::ChangeRequest> chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen.append(m_changes.value(row));
    }
    const QString title = m_title->text().trimmed();
    if (chosen.isEmpty() || title.isEmpty())
        return;
    m_busy = true;
    updateOk();
    showMessage(tr("Creating the release…"));
    auto scopes = std::make_shared<QHash<qint64, Models::ChangeScope>>();
    auto left = std::make_shared<int>(int(chosen.size()));
    auto errors = std::make_shared<QStringList>();
    const int bake = m_bake->value();
    for (const Models::ChangeRequest &change : std::as_const(chosen)) {
        const qint64 id = change.id;
        whenFinished(m_store->scope(id), this, [this, id, scopes, left, errors, chosen, title, bake](const Models::Result<Models::ChangeScope> &scope) {
            if (scope)
                scopes->insert(id, scope.value());
            else
                errors->append(scope.error().message);
            if (--*left > 0)
                return;
            const auto finish = [this](const QString &error) {
                m_busy = false;
                showMessage(error);
                updateOk();
                Q_EMIT failed(error);
            };
            if (!errors->isEmpty())
                return finish(errors->join(QLatin1Char('\n')));
            const QList<Models::ReleasePhase> phases = buildPhases(chosen, *scopes, bake);
            if (phases.isEmpty())
                return finish(tr("The chosen changes name no workload to roll out."));
            QList<qint64> ids;
            for (const Models::ChangeRequest &picked : chosen)
                ids.append(picked.id);
            whenFinished(m_store->createRelease(title, ids, phases), this, [this, finish](const Models::Result<Models::Release> &release) {
                if (!release)
                    return finish(release.error().message);
                m_busy = false;
                Q_EMIT created(release.value());
                accept();
            });
        });
    }
}

} // namespace Gatehouse::Ui
