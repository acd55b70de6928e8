#include "tlsmaterial.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

namespace {

QByteArray toPem(X509 *certificate)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, certificate);
    QByteArray pem;
    char buffer[4096];
    int read = 0;
    while ((read = BIO_read(bio, buffer, sizeof(buffer))) > 0)
        pem.append(buffer, read);
    BIO_free(bio);
    return pem;
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

X509 *makeCertificate(EVP_PKEY *key, const char *commonName, X509 *issuer, EVP_PKEY *issuerKey, long serial)
{
    X509 *certificate = X509_new();
    X509_set_version(certificate, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), serial);
    X509_gmtime_adj(X509_getm_notBefore(certificate), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate), 60L * 60 * 24 * 365);
    X509_set_pubkey(certificate, key);
    X509_NAME *name = X509_get_subject_name(certificate);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Gatehouse estate simulator"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509 *signer = issuer ? issuer : certificate;
    X509_set_issuer_name(certificate, X509_get_subject_name(signer));
    bool ok = true;
    if (!issuer) {
        ok = ok && addExtension(certificate, certificate, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok && addExtension(certificate, certificate, NID_key_usage, "critical,keyCertSign,cRLSign");
        ok = ok && addExtension(certificate, certificate, NID_subject_key_identifier, "hash");
    } else {
        ok = ok && addExtension(certificate, issuer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(certificate, issuer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExtension(certificate, issuer, NID_ext_key_usage, "serverAuth");
        ok = ok && addExtension(certificate, issuer, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");
    }
    if (!ok || X509_sign(certificate, issuer ? issuerKey : key, EVP_sha256()) == 0) {
        X509_free(certificate);
        return nullptr;
    }
    return certificate;
}

} // namespace

TlsMaterial::~TlsMaterial()
{
    X509_free(m_caCert);
    X509_free(m_serverCert);
    EVP_PKEY_free(m_caKey);
    EVP_PKEY_free(m_serverKey);
}

std::unique_ptr<TlsMaterial> TlsMaterial::generate(QString *error)
{
    std::unique_ptr<TlsMaterial> material(new TlsMaterial);
    material->m_caKey = EVP_EC_gen("P-256");
    material->m_serverKey = EVP_EC_gen("P-256");
    if (!material->m_caKey || !material->m_serverKey) {
        *error = u"cannot generate EC keys"_s;
        return nullptr;
    }
    material->m_caCert = makeCertificate(material->m_caKey, "gatehouse-estate-sim-ca", nullptr, nullptr, 1);
    if (!material->m_caCert) {
        *error = u"cannot create the CA certificate"_s;
        return nullptr;
    }
    material->m_serverCert = makeCertificate(material->m_serverKey, "127.0.0.1", material->m_caCert, material->m_caKey, 2);
    if (!material->m_serverCert) {
        *error = u"cannot create the server certificate"_s;
        return nullptr;
    }
    material->m_caPem = toPem(material->m_caCert);
    material->m_serverPem = toPem(material->m_serverCert);
    return material;
}

QByteArray TlsMaterial::randomToken()
{
    unsigned char bytes[32];
    if (RAND_bytes(bytes, sizeof(bytes)) != 1)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(bytes), sizeof(bytes)).toHex();
}

} // namespace Gatehouse::Sim
