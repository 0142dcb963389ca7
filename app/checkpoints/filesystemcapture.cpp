// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemcapture.h"

#include "backgroundwork.h"
#include "backpressure.h"
#include "deletedpaths.h"
#include "engineclient.h"
#include "filesystemchangeplan.h"
#include "filesystemdiffstream.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QTemporaryFile>

#include <atomic>

namespace Stasis
{

/// What the worker thread owns: the file and its hash.
struct FileSystemCapture::Sink {
    std::shared_ptr<QTemporaryFile> file;
    Sha256 hash;
    QString failure;
    std::atomic<bool> stopped{false};
    BackPressure pressure;
};

namespace
{
/// Runs @p call on the GUI thread, unless @p capture is gone by then.
template<typename Call>
void callBack(const QPointer<FileSystemCapture> &capture, Call call)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), [capture, call = std::move(call)] {
        if (capture) {
            call(capture.data());
        }
    });
}
} // namespace

FileSystemCapture::FileSystemCapture(EngineClient *client, const ContainerDetails &container, const QString &folder, BackgroundWork *work, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_container(container)
    , m_folder(folder)
    , m_work(work)
{
}

FileSystemCapture::~FileSystemCapture()
{
    abort();
}

void FileSystemCapture::start()
{
    m_sink = std::make_shared<Sink>();
    m_work->post([sink = m_sink, folder = m_folder] {
        // Never named (O_TMPFILE) unless asked for its name: a killed export leaves nothing.
        auto file = std::make_shared<QTemporaryFile>(folder + QLatin1String("/.stasis-export-XXXXXX"));
        if (!file->open()) {
            sink->failure = tr("Cannot create a temporary file in %1 for the container's file system: %2. Choose a folder you can write to.")
                                .arg(folder, file->errorString());
            return;
        }
        sink->file = std::move(file);
    });
    m_client->fileSystemChanges(m_container.id).then(this, [this](const EngineResult<QList<FileSystemChange>> &changes) {
        if (m_done) {
            return;
        }
        if (!changes) {
            return fail(tr("The engine did not list the file system changes of %1: %2").arg(m_container.name, changes.error().toString()), changes.error());
        }
        stream(*changes);
    });
}

void FileSystemCapture::stream(const QList<FileSystemChange> &changes)
{
    const FileSystemChangePlan plan(changes, FileSystemChangePlan::mountPointsOf(m_container));
    m_deleted = plan.deleted();
    m_stream = new FileSystemDiffStream(m_client, m_container.id, plan, this);
    connect(m_stream, &FileSystemDiffStream::output, this, &FileSystemCapture::write);
    connect(m_stream, &FileSystemDiffStream::finished, this, &FileSystemCapture::streamFinished);
    m_stream->start();
}

void FileSystemCapture::write(const QByteArray &bytes)
{
    if (m_done) {
        return;
    }
    m_written += bytes.size();
    m_work->post([sink = m_sink, bytes, self = QPointer(this)] {
        if (sink->failure.isEmpty() && !sink->stopped) {
            sink->hash.addData(bytes);
            if (sink->file->write(bytes) != bytes.size()) {
                sink->failure = tr("Writing the container's file system to a temporary file failed: %1. Free some space on that disk or choose "
                                   "another folder, then export again.")
                                    .arg(sink->file->errorString());
            }
        }
        if (sink->pressure.handled(bytes.size())) {
            callBack(self, [](FileSystemCapture *capture) {
                if (capture->m_stream) {
                    capture->m_stream->setPaused(false);
                }
            });
        }
    });
    if (m_sink->pressure.queued(bytes.size())) {
        m_stream->setPaused(true);
    }
    Q_EMIT progress();
}

void FileSystemCapture::streamFinished(bool ok)
{
    m_stream->deleteLater();
    if (m_done) {
        return;
    }
    if (!ok) {
        const EngineError error = m_stream->error();
        if (error.kind == EngineError::Kind::Protocol) {
            // What the container holds, not what the engine did: a file Stasis cannot carry.
            return fail(tr("The file system of %1 holds what Stasis cannot carry: %2 Remove it from the container, or export without the file "
                           "system (stasisctl checkpoint export --without-filesystem).")
                            .arg(m_container.name, error.message));
        }
        return fail(tr("Reading the file system changes of %1 failed: %2").arg(m_container.name, error.message), error);
    }
    m_result.summary.entries = m_stream->entryCount();
    m_result.summary.contentSize = m_stream->contentSize();
    m_result.summary.deletedPaths = m_deleted.size();
    m_result.summary.capturedWhileRunning = m_container.running;
    m_work->post([sink = m_sink, self = QPointer(this), deleted = m_deleted] {
        if (sink->failure.isEmpty() && !sink->file->flush()) {
            sink->failure = tr("Writing the container's file system to a temporary file failed: %1.").arg(sink->file->errorString());
        }
        Result hashed;
        hashed.tarSha256 = sink->hash.hexResult();
        hashed.deletedPaths = DeletedPaths{deleted}.toJson();
        hashed.deletedPathsSha256 = Sha256::hex(hashed.deletedPaths);
        callBack(self, [hashed = std::move(hashed), failure = sink->failure](FileSystemCapture *capture) {
            capture->written(hashed, failure);
        });
    });
}

void FileSystemCapture::written(const Result &hashed, const QString &failure)
{
    if (m_done) {
        return;
    }
    if (!failure.isEmpty()) {
        return fail(failure);
    }
    m_done = true;
    m_result.tar = std::move(m_sink->file);
    m_result.tarSize = m_written;
    m_result.tarSha256 = hashed.tarSha256;
    m_result.deletedPaths = hashed.deletedPaths;
    m_result.deletedPathsSha256 = hashed.deletedPathsSha256;
    Q_EMIT finished(true);
}

void FileSystemCapture::fail(const QString &message, const std::optional<EngineError> &engineError)
{
    abort();
    m_errorString = message;
    m_engineError = engineError;
    Q_EMIT finished(false);
}

void FileSystemCapture::abort()
{
    if (std::exchange(m_done, true)) {
        return;
    }
    if (m_stream) {
        m_stream->abort();
    }
    if (m_sink) {
        m_sink->stopped = true;
        // The file is closed and removed on the thread that wrote it.
        m_work->post([sink = m_sink] {
            sink->file.reset();
        });
    }
}

} // namespace Stasis
