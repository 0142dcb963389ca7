// SPDX-License-Identifier: GPL-2.0-or-later
#include "spooledfiledevice.h"

#include "backgroundwork.h"

#include <QTemporaryFile>

namespace Stasis
{

namespace
{
constexpr qint64 chunkSize = 256 * 1024;
} // namespace

SpooledFileDevice::SpooledFileDevice(const QString &what, std::shared_ptr<QTemporaryFile> file, qint64 size, QObject *parent)
    : ProducedDevice(size, parent)
    , m_what(what)
    , m_file(std::move(file))
{
}

SpooledFileDevice::~SpooledFileDevice()
{
    // A producer waiting for room ends soon; the work's destruction waits for it.
    stopWaiting();
    m_work.reset();
}

QString SpooledFileDevice::name() const
{
    return m_what;
}

void SpooledFileDevice::startProducing()
{
    m_work = std::make_unique<BackgroundWork>(QStringLiteral("stasis-spooled"));
    m_work->post([this] {
        if (!m_file->seek(0)) {
            return fail(tr("Reading back %1 from its temporary file failed: %2.").arg(m_what, m_file->errorString()));
        }
        QByteArray chunk(chunkSize, Qt::Uninitialized);
        for (;;) {
            const qint64 read = m_file->read(chunk.data(), chunk.size());
            if (read < 0) {
                return fail(tr("Reading back %1 from its temporary file failed: %2.").arg(m_what, m_file->errorString()));
            }
            if (read == 0) {
                return finish();
            }
            append(QByteArrayView(chunk).first(read));
            if (!waitForRoom()) {
                return;
            }
        }
    });
}

} // namespace Stasis
