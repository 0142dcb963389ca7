// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "tarstreamreader.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Stasis
{

class EngineClient;
class EngineExchange;

/// Streams `GET /containers/{helper}/archive?path=/checkpoints/<name>` (see
/// HelperContainer) through a TarStreamReader into a handler, with bounded
/// memory: an EngineExchange holds at most EngineExchange::bufferSize of the
/// stream, and setPaused() stops reading while the handler's consumer
/// catches up, which stops the engine's sending too.
class CheckpointArchiveStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointArchiveStream)

public:
    static constexpr qint64 chunkSize = 256 * 1024;

    /// @p content: what the tar may hold (TarStreamReader::Content).
    CheckpointArchiveStream(EngineClient *client,
                            TarStreamReader::Handler *handler,
                            QObject *parent = nullptr,
                            TarStreamReader::Content content = TarStreamReader::Content::FilesAndFolders);
    /// Aborts a running stream.
    ~CheckpointArchiveStream() override;

    void start(const QString &helper, const QString &checkpoint);
    /// Streams @p path (absolute) of @p container instead, e.g. a container's own files (FileSystemDiffStream).
    void startPath(const QString &container, const QString &path);
    /// Stops without emitting finished().
    void abort();
    /// While paused, nothing is read (the engine's sending stalls once the
    /// download's and the socket's buffers are full); unpausing reads what is waiting.
    void setPaused(bool paused);

    TarStreamReader &reader()
    {
        return *m_reader;
    }
    /// Bytes of the tar stream read so far.
    qint64 bytesRead() const
    {
        return m_bytesRead;
    }
    /// After finished(false): why. NotFound when the checkpoint does not exist;
    /// Protocol when the tar was refused (the reader's errorString()).
    const EngineError &error() const
    {
        return m_error;
    }

Q_SIGNALS:
    void progress(qint64 bytesRead);
    void finished(bool ok);

private:
    void readAvailable();
    void complete();
    void fail(const EngineError &error);

    EngineClient *m_client;
    std::unique_ptr<TarStreamReader> m_reader;
    QPointer<EngineExchange> m_download;
    bool m_paused = false;
    bool m_downloadFinished = false;
    bool m_done = false;
    qint64 m_bytesRead = 0;
    EngineError m_error;
};

} // namespace Stasis
