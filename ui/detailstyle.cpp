#include "detailstyle.h"

#include "emptystate.h"

#include <QFont>
#include <QLabel>
#include <QPalette>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace Gatehouse::Ui::DetailStyle {

void applyTitle(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void applySubtitle(QLabel *label)
{
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
}

void applyFacts(QLabel *label)
{
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

QVBoxLayout *buildPane(QWidget *pane, const PaneParts &parts, const QString &name, const QString &emptyTitle,
                       const QString &emptyText)
{
    auto *outer = new QVBoxLayout(pane);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(parts.stack);

    parts.empty->setIcon(pane->style()->standardIcon(QStyle::SP_FileDialogInfoView));
    parts.empty->setTitle(emptyTitle);
    parts.empty->setText(emptyText);
    parts.stack->addWidget(parts.empty);

    auto *content = new QWidget(pane);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(6);

    parts.title->setObjectName(name + QStringLiteral("Title"));
    applyTitle(parts.title);
    layout->addWidget(parts.title);
    applySubtitle(parts.subtitle);
    layout->addWidget(parts.subtitle);
    parts.facts->setObjectName(name + QStringLiteral("Facts"));
    applyFacts(parts.facts);
    layout->addWidget(parts.facts);

    parts.stack->addWidget(content);
    parts.stack->setCurrentWidget(parts.empty);
    return layout;
}

} // namespace Gatehouse::Ui::DetailStyle
