#include "selectors.h"

#include "simjson.h"

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

static QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

std::optional<LabelSelector> LabelSelector::parse(const QString &text, QString *error)
{
    LabelSelector selector;
    if (text.trimmed().isEmpty())
        return selector;
    for (const QString &rawPart : splitTopLevel(text)) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty()) {
            *error = u"found '', expected: identifier"_s;
            return std::nullopt;
        }
        Requirement requirement;
        const qsizetype inPos = part.indexOf(u" in "_s);
        const qsizetype notInPos = part.indexOf(u" notin "_s);
        if (notInPos > 0 || inPos > 0) {
            const bool notIn = notInPos > 0;
            requirement.key = part.left(notIn ? notInPos : inPos).trimmed();
            const QString rest = part.mid(notIn ? notInPos + 7 : inPos + 4).trimmed();
            if (!rest.startsWith(u'(') || !rest.endsWith(u')')) {
                *error = u"found '"_s + rest + u"', expected: '('"_s;
                return std::nullopt;
            }
            for (const QString &value : rest.mid(1, rest.size() - 2).split(u','))
                requirement.values.append(value.trimmed());
            requirement.op = notIn ? Op::NotIn : Op::In;
        } else if (part.contains(u"!="_s)) {
            requirement.key = part.section(u"!="_s, 0, 0).trimmed();
            requirement.values = {part.section(u"!="_s, 1).trimmed()};
            requirement.op = Op::NotEquals;
        } else if (part.contains(u"=="_s)) {
            requirement.key = part.section(u"=="_s, 0, 0).trimmed();
            requirement.values = {part.section(u"=="_s, 1).trimmed()};
            requirement.op = Op::Equals;
        } else if (part.contains(u'=')) {
            requirement.key = part.section(u'=', 0, 0).trimmed();
            requirement.values = {part.section(u'=', 1).trimmed()};
            requirement.op = Op::Equals;
        } else if (part.startsWith(u'!')) {
            requirement.key = part.mid(1).trimmed();
            requirement.op = Op::NotExists;
        } else {
            requirement.key = part;
            requirement.op = Op::Exists;
        }
        if (requirement.key.isEmpty() || requirement.key.contains(u' ')) {
            *error = u"invalid label key \""_s + requirement.key + u'"';
            return std::nullopt;
        }
        selector.m_requirements.push_back(requirement);
    }
    return selector;
}

LabelSelector LabelSelector::fromMatchLabels(const QJsonObject &matchLabels)
{
    LabelSelector selector;
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it)
        selector.m_requirements.push_back(Requirement{it.key(), Op::Equals, {it.value().toString()}});
    return selector;
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    for (const Requirement &requirement : m_requirements) {
        const bool has = labels.contains(requirement.key);
        const QString value = labels.value(requirement.key).toString();
        switch (requirement.op) {
        case Op::Equals:
            if (!has || value != requirement.values.value(0))
                return false;
            break;
        case Op::NotEquals:
            if (has && value == requirement.values.value(0))
                return false;
            break;
        case Op::In:
            if (!has || !requirement.values.contains(value))
                return false;
            break;
        case Op::NotIn:
            if (has && requirement.values.contains(value))
                return false;
            break;
        case Op::Exists:
            if (!has)
                return false;
            break;
        case Op::NotExists:
            if (has)
                return false;
            break;
        }
    }
    return true;
}

std::optional<FieldSelector> FieldSelector::parse(const QString &text, QString *error)
{
    FieldSelector selector;
    if (text.trimmed().isEmpty())
        return selector;
    for (const QString &rawPart : text.split(u',')) {
        const QString part = rawPart.trimmed();
        Term term;
        if (part.contains(u"!="_s)) {
            term.field = part.section(u"!="_s, 0, 0);
            term.value = part.section(u"!="_s, 1);
            term.negated = true;
        } else if (part.contains(u"=="_s)) {
            term.field = part.section(u"=="_s, 0, 0);
            term.value = part.section(u"=="_s, 1);
        } else if (part.contains(u'=')) {
            term.field = part.section(u'=', 0, 0);
            term.value = part.section(u'=', 1);
        } else {
            *error = u"invalid selector: '"_s + text + u"'; can't understand '"_s + part + u'\'';
            return std::nullopt;
        }
        selector.m_terms.push_back(term);
    }
    return selector;
}

bool FieldSelector::matches(const QJsonObject &object) const
{
    for (const Term &term : m_terms) {
        const bool equal = stringAt(object, term.field) == term.value;
        if (equal == term.negated)
            return false;
    }
    return true;
}

QString FieldSelector::requiredName() const
{
    for (const Term &term : m_terms) {
        if (term.field == u"metadata.name"_s && !term.negated)
            return term.value;
    }
    return QString();
}

} // namespace Gatehouse::Sim
