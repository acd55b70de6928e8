#pragma once

// Label selectors (=, ==, !=, in, notin, key, !key) and field selectors
// (metadata.name, metadata.namespace, involvedObject.*, any dotted path with
// =, ==, !=) as list and watch requests carry them. Immutable after parsing;
// safe to share between threads.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Gatehouse::Sim {

class LabelSelector
{
public:
    // nullopt with *error set on a malformed selector.
    static std::optional<LabelSelector> parse(const QString &text, QString *error);
    // Selector from a Deployment's spec.selector (matchLabels only).
    static LabelSelector fromMatchLabels(const QJsonObject &matchLabels);

    bool isEmpty() const { return m_requirements.empty(); }
    bool matches(const QJsonObject &labels) const;

private:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, NotExists };
    struct Requirement
    {
        QString key;
        Op op = Op::Exists;
        QStringList values;
    };
    std::vector<Requirement> m_requirements;
};

class FieldSelector
{
public:
    static std::optional<FieldSelector> parse(const QString &text, QString *error);

    bool isEmpty() const { return m_terms.empty(); }
    bool matches(const QJsonObject &object) const;
    // The value required for metadata.name, if the selector pins one.
    QString requiredName() const;

private:
    struct Term
    {
        QString field;
        QString value;
        bool negated = false;
    };
    std::vector<Term> m_terms;
};

} // namespace Gatehouse::Sim
