#pragma once

#include "models/changerequest.h"
#include "models/estate.h"
#include "models/release.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Gatehouse::Services {
class ControlStore;
}

namespace Gatehouse::Ui {

/// "New release…": bundles approved (or scheduled) changes into a release. The person
/// ticks changes, names the release and sets the bake time per phase; the phases follow
/// the estate's promotion path over the changes' environments, per environment each
/// workload the changes move (from their scopes): canary, then the rest. Environments of
/// changes with a database migration get a migration phase (restore point first).
///
/// Every control-store call is asynchronous; the dialog stays responsive and shows the
/// database's refusal (role, state) as it is. UI thread only.
class NewReleaseDialog : public QDialog
{
    Q_OBJECT
public:
    /// The container of `workload` whose image changes in `environment` to `image`; empty:
    /// not known (the workload's name is used then).
    using ContainerResolver =
        std::function<QString(const QString &environment, const QString &workload, const QString &image)>;

    NewReleaseDialog(Services::ControlStore *store, Models::EstatePtr estate, QWidget *parent = nullptr);

    void setContainerResolver(ContainerResolver resolver) { m_resolver = std::move(resolver); }

    /// The changes offered (approved or scheduled), as loaded.
    const QList<Models::ChangeRequest> &changes() const { return m_changes; }
    /// Ticks or unticks change `id`; false when it is not offered.
    bool setChecked(qint64 id, bool checked);
    void setTitle(const QString &title);
    void setBakeSeconds(int seconds);
    /// Environments in promotion order: the estate's policies' promotion paths, then the
    /// estate's order. Pure.
    static QStringList promotionOrder(const Models::Estate *estate, const QStringList &environments);
    /// The phases for `changes` with their scopes. Pure but for the resolver.
    QList<Models::ReleasePhase> buildPhases(const QList<Models::ChangeRequest> &changes,
                                            const QHash<qint64, Models::ChangeScope> &scopes, int bakeSeconds) const;
    /// What OK does: reads the ticked changes' scopes, builds the phases and stores the release.
    void create();
    /// The message shown under the list (errors from the database, as they are).
    QString message() const;

Q_SIGNALS:
    /// The offered changes were loaded.
    void changesLoaded();
    /// The release was stored (the dialog then closes).
    void created(const Gatehouse::Models::Release &release);
    /// Storing it was refused or failed; `message` is the reason.
    void failed(const QString &message);

private:
    void load();
    void updateOk();
    void showMessage(const QString &text);

    QPointer<Services::ControlStore> m_store;
    Models::EstatePtr m_estate;
    ContainerResolver m_resolver;
    QList<Models::ChangeRequest> m_changes;
    bool m_busy = false;

    QLineEdit *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QSpinBox *m_bake = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Gatehouse::Ui
