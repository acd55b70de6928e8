#include "calendarrescheduledialog.h"

#include "calendarstyle.h"
#include "plural.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using Models::Conflict;

CalendarRescheduleDialog::CalendarRescheduleDialog(const Models::ChangeRequest &change, const QDateTime &newStartUtc,
                                                   const QDateTime &newEndUtc, const QList<Conflict> &conflicts,
                                                   const QTimeZone &displayZone, QWidget *parent)
    : QDialog(parent)
    , m_changeId(change.id)
    , m_start(newStartUtc)
    , m_end(newEndUtc)
    , m_text(new QLabel(this))
    , m_confirm(new QPushButton(tr("Reschedule"), this))
{
    setObjectName(QStringLiteral("rescheduleDialog"));
    setWindowTitle(tr("Reschedule #%1").arg(change.id));
    auto *layout = new QVBoxLayout(this);

    const QTimeZone planned(change.windowTimeZone.toUtf8());
    auto both = [&](const QDateTime &start, const QDateTime &end) {
        QString text = CalendarStyle::formatWindow(start, end, displayZone).toHtmlEscaped();
        if (planned.isValid() && planned != displayZone)
            text += QStringLiteral("<br>&nbsp;&nbsp;= ") + CalendarStyle::formatWindow(start, end, planned).toHtmlEscaped();
        return text;
    };
    QString html = tr("Move <b>#%1 %2</b>?").arg(change.id).arg(change.title.toHtmlEscaped());
    html += QStringLiteral("<p><b>") + tr("From:").toHtmlEscaped() + QStringLiteral("</b> ")
        + both(change.windowStart, change.windowEnd) + QStringLiteral("<br><b>") + tr("To:").toHtmlEscaped()
        + QStringLiteral("</b> ") + both(newStartUtc, newEndUtc) + QStringLiteral("</p>");
    int hard = 0;
    for (const Conflict &conflict : conflicts)
        hard += conflict.severity == Conflict::Severity::Hard ? 1 : 0;
    if (conflicts.isEmpty()) {
        html += QStringLiteral("<p>\u2714 ") + tr("The new window has no conflicts.").toHtmlEscaped() + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p>")
            + plural(tr("The new window has %n conflict(s), %1 of them blocking:", nullptr, int(conflicts.size())),
                     int(conflicts.size()))
                  .arg(hard)
                  .toHtmlEscaped()
            + QStringLiteral("</p><ul>");
        for (const Conflict &conflict : conflicts) {
            const bool isHard = conflict.severity == Conflict::Severity::Hard;
            html += QStringLiteral("<li>") + (isHard ? QStringLiteral("\u26A0 <b>") : QStringLiteral("\u24D8 "))
                + (isHard ? tr("Blocks:") : tr("Discouraged:")).toHtmlEscaped() + (isHard ? QStringLiteral("</b> ") : QStringLiteral(" "))
                + conflict.message.toHtmlEscaped() + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    m_text->setText(html);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMinimumWidth(520);
    layout->addWidget(m_text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("confirmReschedule"));
    m_confirm->setDefault(hard == 0);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    if (hard > 0)
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString CalendarRescheduleDialog::text() const
{
    return QTextDocumentFragment::fromHtml(m_text->text()).toPlainText();
}

} // namespace Gatehouse::Ui
