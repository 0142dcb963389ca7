// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "filesystemchangeplan.h"
#include "tarstreamreader.h"

#include <QObject>
#include <QPointer>

namespace Stasis
{

class CheckpointArchiveStream;
class EngineClient;

/// A container's file system changes as one tar, `rootfs-diff.tar`: the
/// fetches of a FileSystemChangePlan read through `GET …/archive`, one
/// after another, and written again in the form FileSystemTarWriter writes
/// (owners, modes, times, symlinks and hard links kept), each entry named
/// by its path in the container without the leading '/' (or under the name
/// the plan gives its fetch). What the plan excludes is left out, also
/// inside a fetched subtree.
///
/// The engine's tars are untrusted like any other: a CheckpointArchiveStream
/// reads each in TarStreamReader's EngineFileSystem mode, so a device, an
/// extended attribute or a name outside the rules ends the stream with
/// error(). Bounded memory: while paused, nothing is read and the engine's
/// sending stalls.
class FileSystemDiffStream final
    : public QObject
    , private TarStreamReader::Handler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSystemDiffStream)

public:
    FileSystemDiffStream(EngineClient *client, const QString &container, const FileSystemChangePlan &plan, QObject *parent = nullptr);
    ~FileSystemDiffStream() override;

    void start();
    /// Stops without emitting finished().
    void abort();
    void setPaused(bool paused);

    /// Entries written so far.
    qint64 entryCount() const
    {
        return m_entries;
    }
    /// Bytes of file content written so far.
    qint64 contentSize() const
    {
        return m_contentSize;
    }
    /// After finished(false): why.
    const EngineError &error() const
    {
        return m_error;
    }

Q_SIGNALS:
    /// The tar's next bytes, in order; the last ones are its end blocks.
    void output(const QByteArray &bytes);
    void finished(bool ok);

private:
    void fetchNext();
    void fetchFinished(bool ok);
    /// The fetch's one entry is written (Entry scope): the rest is not read.
    void endFetchEarly();
    void fail(const EngineError &error);
    /// @p engineName (the engine's name in the fetched tar, which starts
    /// with the fetched path's last segment) as a path in the container.
    QString containerPath(const QString &engineName) const;
    /// @p engineName as the entry's name in the tar written (Fetch::name).
    QString tarPath(const QString &engineName) const;

    bool entryStarted(const TarEntry &entry) override;
    bool entryData(QByteArrayView chunk) override;
    bool entryFinished() override;

    EngineClient *m_client;
    QString m_container;
    FileSystemChangePlan m_plan;
    qsizetype m_next = 0;
    FileSystemChangePlan::Fetch m_fetch;
    QPointer<CheckpointArchiveStream> m_stream;
    bool m_paused = false;
    bool m_done = false;
    bool m_fetchDone = false;
    bool m_writingEntry = false;
    qint64 m_entrySize = 0;
    qsizetype m_fetchEntries = 0;
    /// The fetched tar's first name: every other one lies under it.
    QString m_firstName;
    qint64 m_entries = 0;
    qint64 m_contentSize = 0;
    EngineError m_error;
};

} // namespace Stasis
