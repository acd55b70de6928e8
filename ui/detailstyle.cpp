#include "detailstyle.h"

#include <QFont>
#include <QLabel>
#include <QPalette>

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

} // namespace Gatehouse::Ui::DetailStyle
