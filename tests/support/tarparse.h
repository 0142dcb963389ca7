// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tarstreamreader.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <memory>

namespace Stasis::Test
{

/// Records what a TarStreamReader hands out; can stop at a given entry.
class TarRecorder : public TarStreamReader::Handler
{
public:
    TarStreamReader *reader = nullptr;
    QStringList events;
    QList<TarEntry> entries;
    QList<QByteArray> contents;
    qsizetype largestChunk = 0;
    QString stopAt;

    bool entryStarted(const TarEntry &entry) override
    {
        if (entry.path == stopAt) {
            reader->fail(QStringLiteral("stopped at %1").arg(entry.path), entry.path);
            return false;
        }
        events.append(QStringLiteral("start %1 %2").arg(entry.path).arg(entry.size));
        entries.append(entry);
        contents.append(QByteArray());
        return true;
    }
    bool entryData(QByteArrayView chunk) override
    {
        largestChunk = std::max(largestChunk, chunk.size());
        contents.last().append(chunk);
        return true;
    }
    bool entryFinished() override
    {
        events.append(QStringLiteral("end"));
        return true;
    }
};

struct TarParse {
    bool ok = false;
    QString error;
    QString entry;
    TarRecorder recorder;
};

/// @p tar read whole by a TarStreamReader fed @p chunkSize bytes at a time.
inline std::unique_ptr<TarParse>
parseTar(const QByteArray &tar, qsizetype chunkSize, const ArchiveLimits &limits, TarStreamReader::Content content = TarStreamReader::Content::FilesAndFolders)
{
    auto result = std::make_unique<TarParse>();
    TarStreamReader reader(&result->recorder, limits, content);
    result->recorder.reader = &reader;
    bool ok = true;
    for (qsizetype offset = 0; ok && offset < tar.size(); offset += chunkSize) {
        ok = reader.feed(QByteArrayView(tar).sliced(offset, std::min(chunkSize, tar.size() - offset)));
    }
    result->ok = ok && reader.finish();
    result->error = reader.errorString();
    result->entry = reader.offendingEntry();
    return result;
}

} // namespace Stasis::Test
