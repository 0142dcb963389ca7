// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>

namespace Stasis
{

class EngineEndpoint;

/// Why a TLS connection to an engine failed, in words that name the part to
/// fix: the CA that did not sign the engine's certificate, the engine's
/// expired certificate, the client certificate the engine wants or refused.
/// @p errors are the certificate errors Qt reported for the engine's
/// certificate; @p transportError the connection's own error text, where the
/// engine's TLS alert about the client certificate appears. Empty when
/// neither says anything about TLS.
QString tlsFailure(const EngineEndpoint &endpoint, const QList<QSslError> &errors, const QString &transportError);

/// A certificate's date of validity as messages show it, in UTC.
QString certificateDate(const QDateTime &moment);

} // namespace Stasis
