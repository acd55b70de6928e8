#include "freezeoverridedialog.h"

#include "calendarstyle.h"
#include "futurecallback.h"

#include "services/controlstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

FreezeOverrideDialog::FreezeOverrideDialog(const Models::ChangeRequest &change, const Models::Conflict &freeze,
                                           Services::ControlStore *store, const QTimeZone &displayZone, QWidget *parent)
    : QDialog(parent)
    , m_changeId(change.id)
    , m_rule(freeze.occurrence.name)
    , m_role(freeze.overrideRole)
    , m_store(store)
    , m_text(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
    , m_override(new QPushButton(tr("Override freeze"), this))
    , m_close(nullptr)
{
    setObjectName(QStringLiteral("freezeOverrideDialog"));
    setWindowTitle(tr("Override freeze %1 for #%2").arg(m_rule).arg(change.id));
    auto *layout = new QVBoxLayout(this);

    const QTimeZone ruleZone(freeze.occurrence.timeZone.toUtf8());
    QString when = CalendarStyle::formatWindow(freeze.occurrence.start, freeze.occurrence.end, displayZone).toHtmlEscaped();
    if (ruleZone.isValid() && ruleZone != displayZone)
        when += QStringLiteral("<br>&nbsp;&nbsp;= ")
            + CalendarStyle::formatWindow(freeze.occurrence.start, freeze.occurrence.end, ruleZone).toHtmlEscaped();
    QString html = QStringLiteral("<p><b>") + tr("Freeze:").toHtmlEscaped() + QStringLiteral("</b> ")
        + m_rule.toHtmlEscaped() + QStringLiteral("<br>") + when + QStringLiteral("</p><p><b>")
        + tr("Change:").toHtmlEscaped() + QStringLiteral("</b> ")
        + tr("#%1 %2 on %3 (%4 change)")
              .arg(change.id)
              .arg(change.title, change.environment, Models::toString(change.type))
              .toHtmlEscaped()
        + QStringLiteral("<br>")
        + CalendarStyle::formatWindow(change.windowStart, change.windowEnd, displayZone).toHtmlEscaped()
        + QStringLiteral("</p><p>") + freeze.message.toHtmlEscaped() + QStringLiteral("</p><p><b>")
        + tr("Recorded with the role:").toHtmlEscaped() + QStringLiteral("</b> ") + m_role.toHtmlEscaped()
        + QStringLiteral("<br>")
        + tr("The override and its reason go into the audit log; the control store refuses it unless you hold "
             "this role.")
              .toHtmlEscaped()
        + QStringLiteral("</p>");
    m_text->setText(html);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMinimumWidth(520);
    layout->addWidget(m_text);

    auto *reasonLabel = new QLabel(tr("&Reason (required):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("freezeOverrideReason"));
    m_reason->setPlaceholderText(tr("Why this change cannot wait until the freeze ends"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 5);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);

    m_result->setObjectName(QStringLiteral("freezeOverrideResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    if (!m_store)
        m_result->setText(QStringLiteral("\u26A0 ") + tr("No control store is connected: an override cannot be recorded."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_close = buttons->button(QDialogButtonBox::Cancel);
    m_override->setObjectName(QStringLiteral("recordFreezeOverride"));
    buttons->addButton(m_override, QDialogButtonBox::ActionRole);
    connect(m_override, &QPushButton::clicked, this, &FreezeOverrideDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &FreezeOverrideDialog::updateButton);
    updateButton();
    m_reason->setFocus();
}

QString FreezeOverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString FreezeOverrideDialog::resultText() const
{
    return m_result->text();
}

QString FreezeOverrideDialog::text() const
{
    return QTextDocumentFragment::fromHtml(m_text->text()).toPlainText();
}

void FreezeOverrideDialog::updateButton()
{
    m_override->setEnabled(m_store && !m_recording && !m_recorded && !reason().isEmpty());
}

void FreezeOverrideDialog::record()
{
    if (!m_store || m_recording || m_recorded || reason().isEmpty())
        return;
    m_recording = true;
    m_reason->setReadOnly(true);
    m_result->setText(tr("Recording the override…"));
    updateButton();
    whenFinished(
        m_store->overrideFreeze(m_changeId, m_rule, m_role, reason()), this,
        [this](const Models::Status &status) {
            m_recording = false;
            if (status) {
                m_recorded = true;
                m_result->setText(QStringLiteral("\u2714 ")
                                  + tr("Accepted: freeze %1 is overridden for #%2 and recorded in the audit log.")
                                        .arg(m_rule)
                                        .arg(m_changeId));
                m_close->setText(tr("Close"));
                updateButton();
                Q_EMIT overrideRecorded(m_changeId, m_rule);
                return;
            }
            m_reason->setReadOnly(false);
            m_result->setText(QStringLiteral("\u26D4 ") + tr("Refused by the control store: %1").arg(status.error().message));
            updateButton();
            Q_EMIT overrideRefused(m_changeId, m_rule, status.error().message);
        },
        [this] {
            m_recording = false;
            m_reason->setReadOnly(false);
            m_result->setText(QStringLiteral("\u26D4 ") + tr("The control store did not answer."));
            updateButton();
            Q_EMIT overrideRefused(m_changeId, m_rule, m_result->text());
        });
}

} // namespace Gatehouse::Ui
