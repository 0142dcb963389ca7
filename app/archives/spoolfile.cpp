// SPDX-License-Identifier: GPL-2.0-or-later
#include "spoolfile.h"

#include "backgroundwork.h"
#include "backpressure.h"
#include "sha256.h"

#include <QPointer>
#include <QTemporaryFile>

#include <algorithm>
#include <atomic>

namespace Stasis
{

/// What the worker thread owns: the file and its hash.
struct SpoolFile::Sink {
    std::shared_ptr<QTemporaryFile> file;
    Sha256 hash;
    QString failure;
    std::atomic<bool> stopped{false};
    BackPressure pressure;
};

namespace
{
/// As ArchiveWriter writes.
constexpr qsizetype readBackChunkSize = 1024 * 1024;

/// Runs @p call on the GUI thread, unless @p spool is gone by then.
template<typename Call>
void callBack(const QPointer<SpoolFile> &spool, Call call)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), [spool, call = std::move(call)] {
        if (spool) {
            call(spool.data());
        }
    });
}
} // namespace

SpoolFile::SpoolFile(const QString &what, const QString &folder, BackgroundWork *work, QObject *parent)
    : QObject(parent)
    , m_what(what)
    , m_folder(folder)
    , m_work(work)
{
}

SpoolFile::~SpoolFile()
{
    abort();
}

QString SpoolFile::readBack(QTemporaryFile &file, qint64 size, const QString &what, const std::function<bool(QByteArrayView chunk)> &consume)
{
    const auto failure = [&] {
        return tr("Reading back %1 from its temporary file failed: %2.").arg(what, file.errorString());
    };
    if (!file.seek(0)) {
        return failure();
    }
    QByteArray chunk(readBackChunkSize, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        const qint64 read = file.read(chunk.data(), std::min<qint64>(chunk.size(), left));
        if (read <= 0) {
            return failure();
        }
        if (!consume(QByteArrayView(chunk).first(read))) {
            return {};
        }
        left -= read;
    }
    return {};
}

void SpoolFile::open()
{
    m_sink = std::make_shared<Sink>();
    m_work->post([sink = m_sink, folder = m_folder, what = m_what] {
        // Never named (O_TMPFILE) unless asked for its name.
        auto file = std::make_shared<QTemporaryFile>(folder + QLatin1String("/.stasis-export-XXXXXX"));
        if (!file->open()) {
            sink->failure = tr("Cannot create a temporary file in %1 for %2: %3. Choose a folder you can write to.").arg(folder, what, file->errorString());
            return;
        }
        sink->file = std::move(file);
    });
}

bool SpoolFile::write(const QByteArray &bytes)
{
    if (m_done) {
        return false;
    }
    m_written += bytes.size();
    m_work->post([sink = m_sink, bytes, what = m_what, self = QPointer(this)] {
        if (sink->failure.isEmpty() && !sink->stopped) {
            sink->hash.addData(bytes);
            if (sink->file->write(bytes) != bytes.size()) {
                sink->failure = tr("Writing %1 to a temporary file failed: %2. Free some space on that disk or choose another folder, then export again.")
                                    .arg(what, sink->file->errorString());
            }
        }
        if (sink->pressure.handled(bytes.size())) {
            callBack(self, [](SpoolFile *spool) {
                Q_EMIT spool->resume();
            });
        }
    });
    return m_sink->pressure.queued(bytes.size());
}

void SpoolFile::close()
{
    m_work->post([sink = m_sink, what = m_what, self = QPointer(this)] {
        if (sink->failure.isEmpty() && !sink->file->flush()) {
            sink->failure = tr("Writing %1 to a temporary file failed: %2.").arg(what, sink->file->errorString());
        }
        callBack(self, [sha256 = sink->hash.hexResult(), failure = sink->failure](SpoolFile *spool) {
            if (spool->m_done) {
                return;
            }
            if (!failure.isEmpty()) {
                spool->abort();
                spool->m_errorString = failure;
                Q_EMIT spool->closed(false);
                return;
            }
            spool->m_done = true;
            spool->m_result = {std::move(spool->m_sink->file), spool->m_written, sha256};
            Q_EMIT spool->closed(true);
        });
    });
}

void SpoolFile::abort()
{
    if (std::exchange(m_done, true) || !m_sink) {
        return;
    }
    m_sink->stopped = true;
    // The file is closed and removed on the thread that wrote it.
    m_work->post([sink = m_sink] {
        sink->file.reset();
    });
}

} // namespace Stasis
