// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archives/tarstreamreader.h"
#include "engine/engineerror.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkReply;

namespace Stasis
{

class EngineClient;

/// Streams `GET /containers/{helper}/archive?path=/checkpoints/<name>` (see
/// HelperContainer) through a TarStreamReader into a handler, with bounded
/// memory: the reply buffers at most readBufferSize, and setPaused() stops
/// reading while the handler's consumer catches up.
class CheckpointArchiveStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointArchiveStream)

public:
    static constexpr qint64 readBufferSize = 1024 * 1024;
    static constexpr qint64 chunkSize = 256 * 1024;

    CheckpointArchiveStream(EngineClient *client, TarStreamReader::Handler *handler, QObject *parent = nullptr);
    /// Aborts a running stream.
    ~CheckpointArchiveStream() override;

    void start(const QString &helper, const QString &checkpoint);
    /// Stops without emitting finished().
    void abort();
    /// While paused, nothing is read (the engine's sending stalls once the
    /// reply's buffer is full); unpausing reads what is waiting.
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
    bool isSuccessStatus() const;

    EngineClient *m_client;
    std::unique_ptr<TarStreamReader> m_reader;
    QPointer<QNetworkReply> m_reply;
    bool m_paused = false;
    bool m_replyFinished = false;
    bool m_done = false;
    qint64 m_bytesRead = 0;
    EngineError m_error;
};

} // namespace Stasis
