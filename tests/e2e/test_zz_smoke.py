from tests.e2e.conftest import ask
import json
async def test_smoke(emu, bot):
    cb = await ask(emu, "Is CAR-T a cure for lupus?")
    print(json.dumps(cb.payload, indent=1)[:3000])
    cb = await (await emu.slash_command("lupus-cart"))
    print(json.dumps(cb.payload, indent=1)[:6000])
    print(json.dumps(emu.registered_commands(), indent=1)[:6000])
    emu.assert_clean()
