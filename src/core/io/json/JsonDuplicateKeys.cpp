#include "core/io/json/JsonDuplicateKeys.h"

#include <set>
#include <string>
#include <vector>

namespace ssc {

using nlohmann::json;

namespace {

// One open object or array while parsing.
struct Frame
{
    bool isArray = false;
    qsizetype index = 0;        // arrays: the element being read
    std::string key;            // objects: the member being read
    std::set<std::string> keys; // objects: the members seen
};

QString pathOf(const std::vector<Frame> &frames)
{
    QString path;
    // The last frame is the object holding the key; name where it sits.
    for (std::size_t i = 0; i + 1 < frames.size(); ++i) {
        const Frame &f = frames[i];
        if (f.isArray)
            path += QStringLiteral("[%1]").arg(f.index);
        else
            path +=
                (path.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromStdString(f.key);
    }
    return path;
}

} // namespace

std::optional<DuplicateKey> parseNotingDuplicateKeys(const QByteArray &bytes, json &root)
{
    std::vector<Frame> frames;
    std::optional<DuplicateKey> found;
    // An element of an array ends: the next one is index + 1.
    auto elementDone = [&frames] {
        if (!frames.empty() && frames.back().isArray)
            ++frames.back().index;
    };
    const json::parser_callback_t noteKeys = [&](int, json::parse_event_t event, json &parsed) {
        switch (event) {
        case json::parse_event_t::object_start:
            frames.push_back(Frame{});
            break;
        case json::parse_event_t::array_start:
            frames.push_back(Frame{true});
            break;
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            frames.pop_back();
            elementDone();
            break;
        case json::parse_event_t::key: {
            Frame &f = frames.back();
            f.key = parsed.get<std::string>();
            if (!f.keys.insert(f.key).second && !found) {
                DuplicateKey d;
                d.key = QString::fromStdString(f.key);
                d.path = pathOf(frames);
                if (frames.size() == 3 && frames[1].isArray) {
                    d.list = QString::fromStdString(frames[0].key);
                    d.index = frames[1].index;
                }
                found = d;
            }
            break;
        }
        case json::parse_event_t::value:
            elementDone();
            break;
        }
        return true;
    };
    root = json::parse(bytes.constBegin(), bytes.constEnd(), noteKeys);
    return found;
}

} // namespace ssc
