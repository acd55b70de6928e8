#pragma once

#include "changerecordpdf.h"

#include "models/changerequest.h"
#include "models/estate.h"
#include "models/gateevaluation.h"
#include "models/gateinputs.h"
#include "models/gateresult.h"
#include "models/result.h"
#include "models/riskscore.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Gatehouse::Models {
class ConflictChecker;
class ImpactAnalysis;
}

namespace Gatehouse::Services {
class ControlStore;
}

namespace Gatehouse::Ui {

class EmptyState;

/// One change in full, for the person deciding on it or carrying it out: state,
/// emergency flag, scope parts, blast radius, the risk breakdown with how it was
/// computed, every gate for the target environment with its evidence and evaluation
/// time (a gate without evidence is "unknown", never "pass"), approvals with their
/// comments and roles (voided ones marked with the reason), comments, and the audit
/// history. Below, the actions the lifecycle allows with a comment field.
///
/// An action the database would refuse is disabled with the reason in its tooltip
/// and in the "why" line when that can be known here (state, the person's roles,
/// separation of duties, a missing comment); when the database refuses anyway its
/// message is shown verbatim. Everything reloads when the store reports a change
/// (changesChanged), so decisions taken in another Gatehouse appear live.
/// UI thread only; never blocks.
class ChangeDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum class Action {
        Submit,
        Assess,
        Approve,
        Reject,
        RequestChanges,
        Schedule,
        Start,
        Complete,
        RollBack,
        Fail,
        Review,
        Close,
        OverrideGate, ///< the gate selected in the gates list, for the change's environment, with the comment as reason
        Comment,
    };
    Q_ENUM(Action)

    /// `store` may be null (then nothing loads). Asks the store who is logged in and
    /// which roles they hold, once connected.
    explicit ChangeDetailPane(Services::ControlStore *store, QWidget *parent = nullptr);
    ~ChangeDetailPane() override;

    /// The estate (environments, policies) and its dependency analysis, for blast
    /// radius, risk and the policy's required approvals; either may be null.
    void setEstate(const Models::EstatePtr &estate, std::shared_ptr<const Models::ImpactAnalysis> analysis);
    /// Results of gates owned by other areas (window, contracts, drift, backup,
    /// alerts) for the shown change; replaces earlier ones. Gates with no result stay unknown.
    void setGateResults(const QList<Models::GateResult> &results);
    /// Where the gates other areas own are asked for each loaded change (window,
    /// contracts, drift, backup, alerts, health); without one those gates show Unknown.
    void setGateSource(Models::GateSource source) { m_gateSource = std::move(source); }
    /// The calendar's conflict checker (null while it is built): the risk's proximity to
    /// month-end and peak cycles comes from its business cycles; without it that factor
    /// counts as far away.
    void setCalendar(std::function<std::shared_ptr<const Models::ConflictChecker>()> calendar)
    {
        m_calendar = std::move(calendar);
    }

    /// Shows change `id` (0 = none) and loads everything about it.
    void setChangeId(qint64 id);
    qint64 changeId() const { return m_changeId; }
    /// Reloads the shown change (coalesced while a load runs).
    void reload();

    /// True when the data of the current change has arrived at least once.
    bool isLoaded() const { return m_loaded; }
    const Models::ChangeRequest &change() const { return m_record.change; }
    const ChangeRecord &record() const { return m_record; }
    /// The login this pane acts as (empty until the store answered).
    QString currentUser() const { return m_user; }

    QPushButton *actionButton(Action action) const { return m_buttons.value(action); }
    /// Why `action` is not offered now, as a sentence; empty when it is.
    QString blockedReason(Action action) const;
    /// Runs `action` with the comment typed, whether its button is enabled or not (the
    /// database has the last word); the outcome arrives as actionFinished.
    void runAction(Action action);
    /// The comment field of the actions.
    QPlainTextEdit *commentEdit() const { return m_comment; }
    /// The last refusal or error, verbatim; empty after a success.
    QString lastError() const;

    /// Verifies the audit chain and writes the change record PDF to `path`; the outcome
    /// arrives as recordExported.
    void exportRecord(const QString &path);

Q_SIGNALS:
    /// Everything about the change arrived (after setChangeId, reload or a live update).
    void loaded(qint64 changeId);
    /// `action` finished: ok, or the database's refusal in `message`.
    void actionFinished(Gatehouse::Ui::ChangeDetailPane::Action action, bool ok, const QString &message);
    /// The store returned the change as stored after an action.
    void changeUpdated(const Gatehouse::Models::ChangeRequest &change);
    void recordExported(const QString &path, bool ok, const QString &message);

private:
    struct Load;
    void loadIdentity();
    void startLoad();
    void finishLoad(const std::shared_ptr<Load> &load);
    void render();
    void renderActions();
    Models::GateReport evaluateGates() const;
    QStringList gatesOfChange() const;
    void fitRiskHistory();
    void askGates();
    const Models::Policy *policy() const;
    bool holds(const QString &role) const;
    QStringList approvableRoles() const;
    void setMessage(const QString &text, bool error);

    Services::ControlStore *m_store;
    Models::EstatePtr m_estate;
    std::shared_ptr<const Models::ImpactAnalysis> m_analysis;
    QList<Models::GateResult> m_gateResults;
    Models::GateSource m_gateSource;
    QList<Models::ChangeRequest> m_history;   ///< every stored change, as last loaded
    QList<Models::RiskSample> m_riskSamples;  ///< the finished ones as fitting samples
    quint64 m_historyGeneration = 0;
    std::function<std::shared_ptr<const Models::ConflictChecker>()> m_calendar;
    quint64 m_gateGeneration = 0;
    QString m_gatesAskedFor; ///< "id@revision/state" the gates were last asked for
    QDateTime m_gatesAskedAt;
    qint64 m_changeId = 0;
    qint64 m_generation = 0;
    bool m_loading = false;
    bool m_loadAgain = false;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_user;
    QList<Models::HeldRole> m_roles;
    bool m_identityKnown = false;
    QList<Models::GateOverride> m_overrides;
    QList<Models::CompletedArtifact> m_completed;
    QStringList m_stagingEnvironments;
    ChangeRecord m_record;

    EmptyState *m_empty;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_banner;
    QLabel *m_facts;
    QLabel *m_scope;
    QLabel *m_blast;
    QLabel *m_risk;
    QTreeWidget *m_gates;
    QTreeWidget *m_approvals;
    QTreeWidget *m_comments;
    QTreeWidget *m_audit;
    QPlainTextEdit *m_comment;
    QComboBox *m_role;
    QSpinBox *m_riskInput;
    QLabel *m_why;
    QLabel *m_message;
    QHash<Action, QPushButton *> m_buttons;
};

} // namespace Gatehouse::Ui
