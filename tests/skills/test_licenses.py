"""Licence normalisation (skills.ingestion.licenses) on the project's own small inputs."""

from __future__ import annotations

import pytest

from skills.ingestion.licenses import PROPRIETARY, license_detect_file, license_normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MIT", "MIT"),
        ("MIT License", "MIT"),
        ("mit license", "MIT"),
        ("Apache 2.0", "Apache-2.0"),
        ("Apache-2.0", "Apache-2.0"),
        ("Apache License, Version 2.0", "Apache-2.0"),
        ("CC BY-SA 4.0", "CC-BY-SA-4.0"),
        ("CC-BY-4.0", "CC-BY-4.0"),
        ("CC0", "CC0-1.0"),
        ("BSD-3-Clause license", "BSD-3-Clause"),
        ("3-clause BSD license", "BSD-3-Clause"),
        ("BSD 2-Clause", "BSD-2-Clause"),
        ("GPLv3", "GPL-3.0-only"),
        ("GPL-2.0 license", "GPL-2.0-only"),
        ("LGPL-3.0", "LGPL-3.0-only"),
        ("AGPL-3.0", "AGPL-3.0-only"),
        ("MPL 2.0", "MPL-2.0"),
        ("ISC", "ISC"),
        ("The Unlicense", "Unlicense"),
        ("MIT OR Apache-2.0", "MIT OR Apache-2.0"),
        ("Proprietary. LICENSE.txt has complete terms", PROPRIETARY),
        ("All rights reserved", PROPRIETARY),
    ],
)
def test_license_normalise_maps_free_text_to_spdx(text, expected):
    spdx, confidence = license_normalise(text)
    assert spdx == expected
    assert 0.5 <= confidence <= 1.0


def test_exact_spdx_id_has_full_confidence():
    assert license_normalise("Apache-2.0") == ("Apache-2.0", 1.0)


@pytest.mark.parametrize(
    "text", ["Complete terms in LICENSE.txt", "LICENSE", "see LICENSE", "Unknown", "", "   "]
)
def test_pointer_or_unknown_values_give_none(text):
    assert license_normalise(text) == (None, 0.0)


def test_first_named_licence_wins_when_a_sentence_names_several():
    spdx, confidence = license_normalise("Code under the MIT License; the bundled data is CC-BY.")
    assert spdx == "MIT"
    assert confidence < 0.5


def test_non_string_license_gives_none():
    assert license_normalise(None) == (None, 0.0)  # type: ignore[arg-type]


FILES = {
    "MIT": "MIT License\n\nCopyright (c) 2026 A. Person\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software",
    "Apache-2.0": "\n                                 Apache License\n                           Version 2.0, January 2004\n        http://www.apache.org/licenses/\n",
    "BSD-3-Clause": "Copyright (c) 2026\n\nRedistribution and use in source and binary forms, with or without\nmodification, are permitted provided that... 3. Neither the name of the copyright holder",
    "BSD-2-Clause": "Copyright (c) 2026\n\nRedistribution and use in source and binary forms, with or without\nmodification, are permitted provided that the following conditions are met",
    "GPL-3.0-only": "                    GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007\n",
    "GPL-2.0-only": "                    GNU GENERAL PUBLIC LICENSE\n                       Version 2, June 1991\n",
    "LGPL-3.0-only": "                   GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007\n",
    "LGPL-2.1-only": "                  GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 2.1, February 1999\n",
    "AGPL-3.0-only": "                    GNU AFFERO GENERAL PUBLIC LICENSE\n                       Version 3, 19 November 2007\n",
    "MPL-2.0": "Mozilla Public License Version 2.0\n==================================\n",
    "ISC": "ISC License\n\nPermission to use, copy, modify, and/or distribute this software for any\npurpose with or without fee is hereby granted",
    "Unlicense": "This is free and unencumbered software released into the public domain.\n",
    "CC-BY-4.0": "Attribution 4.0 International\n\nCreative Commons Attribution 4.0 International Public License\n",
    "CC-BY-SA-4.0": "Creative Commons Attribution-ShareAlike 4.0 International Public License\n",
    "CC0-1.0": "Creative Commons Legal Code\n\nCC0 1.0 Universal\n",
}


@pytest.mark.parametrize(("expected", "text"), sorted(FILES.items()))
def test_license_detect_file_recognises_key_phrases(expected, text):
    spdx, confidence = license_detect_file(text)
    assert spdx == expected
    assert confidence >= 0.8


def test_short_file_naming_its_licence_is_detected_with_lower_confidence():
    spdx, confidence = license_detect_file(
        "Apache License 2.0\n\nThis skill contains original content.\n"
    )
    assert spdx == "Apache-2.0"
    assert confidence <= 0.7


def test_all_rights_reserved_file_is_proprietary():
    assert (
        license_detect_file("(c) 2026 Example Corp. All rights reserved.\nNo copying.\n")[0]
        == PROPRIETARY
    )


def test_unrecognised_file_gives_none():
    assert license_detect_file("Be nice.\n") == (None, 0.0)
    assert license_detect_file("") == (None, 0.0)
