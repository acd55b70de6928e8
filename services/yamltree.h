#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Gatehouse::Services {

class YamlTree;

/// Where a YAML node starts, zero-based; line -1 when unknown.
struct YamlMark
{
    int line = -1;
    int column = -1;
    bool isNull() const { return line < 0; }
};

/// A read-only handle on one node of a YamlTree, or on no node at all (an absent
/// key). Cheap to copy; valid as long as its tree is alive and not moved from.
/// Safe to use from any thread that may read the tree.
class YamlNode
{
public:
    YamlNode() = default;

    bool IsDefined() const { return m_tree != nullptr; }
    bool IsNull() const;
    bool IsScalar() const;
    bool IsMap() const;
    bool IsSequence() const;
    /// The text of a scalar; empty for other nodes.
    std::string_view Scalar() const;
    YamlMark Mark() const;
    /// Items of a sequence, key/value pairs of a mapping, 0 otherwise.
    std::size_t size() const;
    /// Item `index` of a sequence.
    YamlNode operator[](std::size_t index) const;
    /// Key and value of pair `index` of a mapping, in file order (duplicates kept).
    YamlNode key(std::size_t index) const;
    YamlNode value(std::size_t index) const;

private:
    friend class YamlTree;
    YamlNode(const YamlTree *tree, std::int32_t index) : m_tree(tree), m_index(index) {}
    YamlNode child(std::size_t slot) const;

    const YamlTree *m_tree = nullptr;
    std::int32_t m_index = -1;
};

/// The YAML documents of one file, built in a single pass over yaml-cpp's parser
/// events: compact node records with marks, aliases resolved to their anchored node.
/// Internal to the estate loader. parse() runs on any thread; one tree per thread.
class YamlTree
{
public:
    enum class Type : std::uint8_t { Null, Scalar, Sequence, Map };

    /// Parses all documents of `size` bytes at `data`. Throws what YAML::Parser
    /// throws (YAML::ParserException on a syntax error, with its mark). Returns
    /// false, with stallMark() set and no documents kept, when the parser starts a
    /// document at the same place as the one before (yaml-cpp 0.7 would repeat
    /// that empty document forever).
    bool parse(const char *data, std::size_t size);
    YamlMark stallMark() const { return m_stall; }

    std::size_t documentCount() const { return m_documents.size(); }
    YamlNode document(std::size_t index) const { return YamlNode(this, m_documents[index]); }

private:
    friend class YamlNode;
    friend class YamlTreeBuilder;

    struct Record
    {
        Type type;
        std::int32_t line;
        std::int32_t column;
        std::uint32_t begin; ///< into m_text (scalar) or m_children (collections)
        std::uint32_t count; ///< bytes (scalar) or child slots; a mapping has key, value, key, value, …
    };

    std::vector<Record> m_nodes;
    std::vector<std::int32_t> m_children;
    std::string m_text;
    std::vector<std::int32_t> m_documents;
    YamlMark m_stall;
};

inline bool YamlNode::IsNull() const
{
    return m_tree && m_tree->m_nodes[std::size_t(m_index)].type == YamlTree::Type::Null;
}
inline bool YamlNode::IsScalar() const
{
    return m_tree && m_tree->m_nodes[std::size_t(m_index)].type == YamlTree::Type::Scalar;
}
inline bool YamlNode::IsMap() const
{
    return m_tree && m_tree->m_nodes[std::size_t(m_index)].type == YamlTree::Type::Map;
}
inline bool YamlNode::IsSequence() const
{
    return m_tree && m_tree->m_nodes[std::size_t(m_index)].type == YamlTree::Type::Sequence;
}

inline std::string_view YamlNode::Scalar() const
{
    if (!IsScalar())
        return {};
    const YamlTree::Record &r = m_tree->m_nodes[std::size_t(m_index)];
    return std::string_view(m_tree->m_text).substr(r.begin, r.count);
}

inline YamlMark YamlNode::Mark() const
{
    if (!m_tree)
        return {};
    const YamlTree::Record &r = m_tree->m_nodes[std::size_t(m_index)];
    return YamlMark{r.line, r.column};
}

inline std::size_t YamlNode::size() const
{
    if (IsSequence())
        return m_tree->m_nodes[std::size_t(m_index)].count;
    if (IsMap())
        return m_tree->m_nodes[std::size_t(m_index)].count / 2;
    return 0;
}

inline YamlNode YamlNode::child(std::size_t slot) const
{
    const YamlTree::Record &r = m_tree->m_nodes[std::size_t(m_index)];
    return YamlNode(m_tree, m_tree->m_children[r.begin + slot]);
}

inline YamlNode YamlNode::operator[](std::size_t index) const
{
    return index < size() && IsSequence() ? child(index) : YamlNode();
}
inline YamlNode YamlNode::key(std::size_t index) const
{
    return index < size() && IsMap() ? child(2 * index) : YamlNode();
}
inline YamlNode YamlNode::value(std::size_t index) const
{
    return index < size() && IsMap() ? child(2 * index + 1) : YamlNode();
}

} // namespace Gatehouse::Services
