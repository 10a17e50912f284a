#!/usr/bin/python3
"""A GSS-API peer on MIT krb5's libgssapi_krb5 (through python-gssapi) for GSSKit's interop tests.

The Java fixture MitGssPeer starts this script and drives it one line at a time on stdin/stdout.
A request is an operation name followed by key=value words; binary values are base64 ("-" is
empty), text values are base64 of UTF-8, numbers are decimal. Every request gets exactly one
line back: "ok key=value ..." or "err major=<int> minor=<int> msg=<b64 text>".

Contexts and credentials are kept under names chosen by the caller (ctx=..., cred=...), so one
peer can hold an initiator context, an acceptor context and delegated credentials at once.
The environment (KRB5_CONFIG, KRB5CCNAME, KRB5_KTNAME, ...) is set by the caller.
"""
import base64
import sys

import gssapi.raw as gr

KRB5 = gr.OID.from_int_seq("1.2.840.113554.1.2.2")
contexts = {}
creds = {}


def b64(data):
    return base64.b64encode(data).decode("ascii") if data else "-"


def unb64(text):
    return b"" if text in (None, "-") else base64.b64decode(text)


def text(args, key, default=None):
    return unb64(args[key]).decode("utf-8") if key in args else default


def bindings(args):
    if "cb" not in args:
        return None
    return gr.ChannelBindings(application_data=unb64(args["cb"]))


def name_of(args, key="name"):
    value = text(args, key)
    if value is None:
        return None
    kind = args.get(key + "_type", "hostbased")
    types = {"hostbased": gr.NameType.hostbased_service,
             "user": gr.NameType.kerberos_principal,
             "anonymous": gr.NameType.anonymous}
    return gr.import_name(value.encode("utf-8"), types[kind])


def op_acquire(args):
    """acquire cred=<id> usage=initiate|accept|both [name=<b64> name_type=...]"""
    result = gr.acquire_cred(name_of(args), mechs=[KRB5], usage=args.get("usage", "initiate"))
    creds[args["cred"]] = result.creds
    return {"lifetime": result.lifetime or 0}


def op_allowable(args):
    """allowable cred=<id> enctypes=<n>[,<n>...]: gss_krb5_set_allowable_enctypes, which also
    makes MIT's initiator offer only these enctypes (no RFC 4537 list beyond them)"""
    gr.krb5_set_allowable_enctypes(creds[args["cred"]],
                                   [int(n) for n in args["enctypes"].split(",")])
    return {}


def op_init(args):
    """init ctx=<id> name=<b64> [flags=<int>] [cred=<id>] [cb=<b64>] [token=<b64>]"""
    ctx_id = args["ctx"]
    result = gr.init_sec_context(
        name_of(args), creds=creds.get(args.get("cred")), context=contexts.get(ctx_id),
        mech=KRB5, flags=int(args.get("flags", "0")), channel_bindings=bindings(args),
        input_token=unb64(args.get("token")) or None)
    contexts[ctx_id] = result.context
    return {"token": b64(result.token), "complete": 0 if result.more_steps else 1,
            "flags": int(result.flags)}


def op_accept(args):
    """accept ctx=<id> token=<b64> [cred=<id>] [cb=<b64>] [deleg=<cred id>]
    (initiator=<b64 name> initiator_type=<dotted name-type OID>, once the name is known)"""
    ctx_id = args["ctx"]
    result = gr.accept_sec_context(
        unb64(args["token"]), acceptor_creds=creds.get(args.get("cred")),
        context=contexts.get(ctx_id), channel_bindings=bindings(args))
    contexts[ctx_id] = result.context
    reply = {"token": b64(result.token), "complete": 0 if result.more_steps else 1,
             "flags": int(result.flags or 0)}
    shown = None
    try:  # DCE_STYLE's first leg has no initiator name yet
        if result.initiator_name is not None:
            shown = gr.display_name(result.initiator_name)
    except gr.GSSError:
        pass
    if shown is not None:
        reply["initiator"] = b64(bytes(shown.name))
        if shown.name_type is not None:
            reply["initiator_type"] = shown.name_type.dotted_form
    if result.delegated_creds is not None and "deleg" in args:
        creds[args["deleg"]] = result.delegated_creds
        reply["delegated"] = 1
    return reply


def op_wrap(args):
    """wrap ctx=<id> msg=<b64> [conf=0|1]"""
    result = gr.wrap(contexts[args["ctx"]], unb64(args["msg"]), args.get("conf", "1") == "1")
    return {"token": b64(result.message), "conf": int(result.encrypted)}


def op_unwrap(args):
    """unwrap ctx=<id> token=<b64>"""
    result = gr.unwrap(contexts[args["ctx"]], unb64(args["token"]))
    return {"msg": b64(result.message), "conf": int(result.encrypted), "qop": result.qop}


def op_mic(args):
    """mic ctx=<id> msg=<b64>"""
    return {"token": b64(gr.get_mic(contexts[args["ctx"]], unb64(args["msg"])))}


def op_verify(args):
    """verify ctx=<id> msg=<b64> token=<b64>"""
    qop = gr.verify_mic(contexts[args["ctx"]], unb64(args["msg"]), unb64(args["token"]))
    return {"qop": qop}


IOV_TYPES = {"header": gr.IOVBufferType.header, "data": gr.IOVBufferType.data,
             "sign_only": gr.IOVBufferType.sign_only, "padding": gr.IOVBufferType.padding,
             "trailer": gr.IOVBufferType.trailer, "stream": gr.IOVBufferType.stream,
             "empty": gr.IOVBufferType.empty, "mic_token": gr.IOVBufferType.mic_token}
IOV_NAMES = {value: key for key, value in IOV_TYPES.items()}


def iov_of(args):
    """bufs=<type>:<b64>,<type>:<b64>,... ; a type with value "alloc" is allocated by GSS."""
    buffers = []
    for item in args["bufs"].split(","):
        kind, value = item.split(":", 1)
        if value == "alloc":
            # (type, True) would make True the value of a DATA buffer: python-gssapi reads a
            # 2-tuple's bool as "allocate" only for HEADER, PADDING and TRAILER.
            buffers.append((IOV_TYPES[kind], True, None))
        else:
            buffers.append((IOV_TYPES[kind], False, unb64(value)))
    return gr.IOV(*buffers, std_layout=False)


def iov_reply(iov):
    return {"bufs": ",".join(IOV_NAMES[buf.type] + ":" + b64(buf.value or b"") for buf in iov)}


def op_wrap_iov(args):
    """wrap_iov ctx=<id> conf=0|1 bufs=..."""
    iov = iov_of(args)
    encrypted = gr.wrap_iov(contexts[args["ctx"]], iov, args.get("conf", "1") == "1")
    reply = iov_reply(iov)
    reply["conf"] = int(encrypted)
    return reply


def op_unwrap_iov(args):
    """unwrap_iov ctx=<id> bufs=..."""
    iov = iov_of(args)
    result = gr.unwrap_iov(contexts[args["ctx"]], iov)
    reply = iov_reply(iov)
    reply["conf"] = int(result.encrypted)
    return reply


def op_wrap_iov_length(args):
    """wrap_iov_length ctx=<id> conf=0|1 bufs=... (the lengths MIT asks for: bufs=<type>:<len>)"""
    iov = iov_of(args)
    gr.wrap_iov_length(contexts[args["ctx"]], iov, args.get("conf", "1") == "1")
    return {"lens": ",".join(IOV_NAMES[buf.type] + ":" + str(len(buf.value or b""))
                             for buf in iov)}


def op_get_mic_iov(args):
    """get_mic_iov ctx=<id> bufs=... (with a mic_token:alloc buffer)"""
    iov = iov_of(args)
    gr.get_mic_iov(contexts[args["ctx"]], iov)
    return iov_reply(iov)


def op_get_mic_iov_length(args):
    """get_mic_iov_length ctx=<id> bufs=... (lens=<type>:<len>,...)"""
    iov = iov_of(args)
    gr.get_mic_iov_length(contexts[args["ctx"]], iov)
    return {"lens": ",".join(IOV_NAMES[buf.type] + ":" + str(len(buf.value or b""))
                             for buf in iov)}


def op_verify_mic_iov(args):
    """verify_mic_iov ctx=<id> bufs=... (with the mic_token buffer)"""
    iov = iov_of(args)
    qop = gr.verify_mic_iov(contexts[args["ctx"]], iov)
    return {"qop": qop}


def op_wrap_aead(args):
    """wrap_aead ctx=<id> msg=<b64> [assoc=<b64>] [conf=0|1]"""
    result = gr.wrap_aead(contexts[args["ctx"]], unb64(args["msg"]),
                          unb64(args["assoc"]) if "assoc" in args else None,
                          args.get("conf", "1") == "1")
    return {"token": b64(result.message), "conf": int(result.encrypted)}


def op_unwrap_aead(args):
    """unwrap_aead ctx=<id> token=<b64> [assoc=<b64>]"""
    result = gr.unwrap_aead(contexts[args["ctx"]], unb64(args["token"]),
                            unb64(args["assoc"]) if "assoc" in args else None)
    return {"msg": b64(result.message), "conf": int(result.encrypted)}


def op_tkt_flags(args):
    """tkt_flags ctx=<id> (acceptor contexts: the ticket's flags)"""
    return {"flags": int(gr.krb5_get_tkt_flags(contexts[args["ctx"]]))}


def op_authz(args):
    """authz ctx=<id> type=<ad-type> (acceptor contexts: authenticator authorization data)"""
    data = gr.krb5_extract_authz_data_from_sec_context(contexts[args["ctx"]], int(args["type"]))
    return {"data": b64(data)}


def op_authtime(args):
    """authtime ctx=<id>"""
    return {"authtime": int(gr.krb5_extract_authtime_from_sec_context(contexts[args["ctx"]]))}


def op_inquire(args):
    """inquire ctx=<id>: names and flags of an established context"""
    result = gr.inquire_context(contexts[args["ctx"]])
    return {"initiator": b64(bytes(gr.display_name(result.initiator_name).name)),
            "target": b64(bytes(gr.display_name(result.target_name).name)),
            "flags": int(result.flags), "complete": int(result.complete)}


def op_inquire_oid(args):
    """inquire_oid ctx=<id> oid=<dotted>: the raw buffers of gss_inquire_sec_context_by_oid
    (count=<n> buf0=<b64> buf1=<b64> ...)"""
    result = gr.inquire_sec_context_by_oid(contexts[args["ctx"]],
                                           gr.OID.from_int_seq(args["oid"]))
    reply = {"count": len(result)}
    for index, buf in enumerate(result):
        reply["buf%d" % index] = b64(bytes(buf))
    return reply


def op_session_key(args):
    """session_key ctx=<id>: GSS_C_INQ_SSPI_SESSION_KEY (the context's token key, enctype OID)"""
    data = gr.inquire_sec_context_by_oid(contexts[args["ctx"]],
                                         gr.OID.from_int_seq("1.2.840.113554.1.2.2.5.5"))
    return {"key": b64(data[0]), "enctype_oid": b64(data[1]) if len(data) > 1 else "-"}


def handle(line):
    words = line.split()
    args = dict(word.split("=", 1) for word in words[1:])
    try:
        operation = globals().get("op_" + words[0])
        if operation is None:
            raise ValueError("no operation " + words[0])
        reply = operation(args)
        return "ok " + " ".join(f"{key}={value}" for key, value in reply.items())
    except gr.GSSError as error:
        message = str(error).encode("utf-8")
        return f"err major={error.maj_code} minor={error.min_code} msg={b64(message)}"
    except Exception as error:  # a bug in the request or the script: report, keep serving
        message = f"{type(error).__name__}: {error}".encode("utf-8")
        return f"err major=-1 minor=0 msg={b64(message)}"


def main():
    print("ready", flush=True)
    for line in sys.stdin:
        line = line.strip()
        if line:
            print(handle(line), flush=True)


if __name__ == "__main__":
    main()
