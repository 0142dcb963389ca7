// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <QFuture>
#include <QPointer>
#include <QString>

namespace Stasis
{

class HelperRegistry;

/// One helper container on the engine (see HelperContainer), made by
/// HelperRegistry::create(). Whoever holds it uses the helper; when the last
/// holder lets it go, or calls remove(), the helper is removed with its
/// anonymous volumes (`DELETE …?force=1&v=1`), after a failure as after
/// success. Held as a std::shared_ptr, so the steps of an asynchronous run
/// share it and a run that ends early still cleans up.
class HelperLease final
{
    Q_DISABLE_COPY_MOVE(HelperLease)

public:
    ~HelperLease();

    /// The helper's container id.
    const QString &id() const
    {
        return m_id;
    }

    /// Starts the helper and waits, at most @p timeoutMs, until its command
    /// ended: its exit status. A start that runc lost
    /// (EngineError::isTransientRuntimeStart()) is tried again, twice at most.
    QFuture<EngineResult<int>> run(int timeoutMs);

    /// Removes the helper now and says whether the engine did; afterwards
    /// (and from the destructor) nothing more is sent.
    QFuture<EngineResult<void>> remove();

private:
    friend class HelperRegistry;
    HelperLease(HelperRegistry *registry, const QString &id);

    QPointer<HelperRegistry> m_registry;
    QString m_id;
    bool m_removed = false;
};

} // namespace Stasis
