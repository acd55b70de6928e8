#include "yamltree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

namespace Gatehouse::Services {

namespace {

/// Lets yaml-cpp read the file's bytes in place instead of from a copy.
class MemoryBuffer : public std::streambuf
{
public:
    MemoryBuffer(const char *data, std::size_t size)
    {
        char *begin = const_cast<char *>(data); // the get area is only read
        setg(begin, begin, begin + size);
    }
};

} // namespace

/// Turns parser events into YamlTree records, the way yaml-cpp's own node builder
/// does: an alias is the anchored node itself, a document without a node is null.
class YamlTreeBuilder : public YAML::EventHandler
{
public:
    explicit YamlTreeBuilder(YamlTree &tree) : m_tree(tree) {}

    YAML::Mark documentStart() const { return m_documentStart; }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        m_documentStart = mark;
        m_root = -1;
        m_open.clear();
        m_pending.clear();
        m_anchors.clear();
    }
    void OnDocumentEnd() override
    {
        if (m_root < 0)
            m_root = add(YamlTree::Type::Null, YAML::Mark::null_mark(), YAML::NullAnchor);
        m_tree.m_documents.push_back(m_root);
    }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        attach(add(YamlTree::Type::Null, mark, anchor));
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (anchor >= m_anchors.size() || m_anchors[anchor] < 0)
            throw YAML::ParserException(mark, YAML::ErrorMsg::UNKNOWN_ANCHOR);
        attach(m_anchors[anchor]);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &value) override
    {
        const std::int32_t index = add(YamlTree::Type::Scalar, mark, anchor);
        YamlTree::Record &record = m_tree.m_nodes.back();
        record.begin = static_cast<std::uint32_t>(m_tree.m_text.size());
        record.count = static_cast<std::uint32_t>(value.size());
        m_tree.m_text += value;
        attach(index);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(add(YamlTree::Type::Sequence, mark, anchor));
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(add(YamlTree::Type::Map, mark, anchor));
    }
    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        std::int32_t node;
        std::size_t firstPending;
    };

    std::int32_t add(YamlTree::Type type, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        const auto index = static_cast<std::int32_t>(m_tree.m_nodes.size());
        m_tree.m_nodes.push_back(YamlTree::Record{type, mark.line, mark.column, 0, 0});
        if (anchor != YAML::NullAnchor) {
            if (anchor >= m_anchors.size())
                m_anchors.resize(anchor + 1, -1);
            m_anchors[anchor] = index;
        }
        return index;
    }
    // A collection's children are collected on m_pending while it is open (its
    // nested collections interleave) and copied to one contiguous range when it closes.
    void attach(std::int32_t index)
    {
        if (m_open.empty()) {
            if (m_root < 0)
                m_root = index;
            return;
        }
        m_pending.push_back(index);
    }
    void open(std::int32_t index)
    {
        attach(index);
        m_open.push_back(Open{index, m_pending.size()});
    }
    void close()
    {
        if (m_open.empty())
            return;
        const Open top = m_open.back();
        m_open.pop_back();
        YamlTree::Record &record = m_tree.m_nodes[std::size_t(top.node)];
        record.begin = static_cast<std::uint32_t>(m_tree.m_children.size());
        std::size_t count = m_pending.size() - top.firstPending;
        if (record.type == YamlTree::Type::Map)
            count -= count % 2; // a key without its value never reaches a node
        record.count = static_cast<std::uint32_t>(count);
        m_tree.m_children.insert(m_tree.m_children.end(), m_pending.begin() + std::ptrdiff_t(top.firstPending),
                                 m_pending.begin() + std::ptrdiff_t(top.firstPending + count));
        m_pending.resize(top.firstPending);
    }

    YamlTree &m_tree;
    YAML::Mark m_documentStart;
    std::int32_t m_root = -1;
    std::vector<Open> m_open;
    std::vector<std::int32_t> m_pending;
    std::vector<std::int32_t> m_anchors; ///< node of each anchor id of the current document
};

bool YamlTree::parse(const char *data, std::size_t size)
{
    m_nodes.clear();
    m_children.clear();
    m_text.clear();
    m_documents.clear();
    m_stall = {};
    m_nodes.reserve(size / 16);
    m_text.reserve(size / 2);

    MemoryBuffer buffer(data, size);
    std::istream in(&buffer);
    YAML::Parser parser(in);
    YamlTreeBuilder builder(*this);
    bool started = false;
    int previous = 0;
    while (parser.HandleNextDocument(builder)) {
        const YAML::Mark start = builder.documentStart();
        if (started && previous == start.pos) {
            m_stall = YamlMark{start.line, start.column};
            m_nodes.clear();
            m_children.clear();
            m_text.clear();
            m_documents.clear();
            return false;
        }
        started = true;
        previous = start.pos;
    }
    return true;
}

} // namespace Gatehouse::Services
